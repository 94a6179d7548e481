import { describe, expect, it } from "@jest/globals"
import { formatMoney, formatPriceFrom, localeForCountry } from "./money"

/** Intl uses (narrow) no-break spaces; compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")

describe("formatMoney", () => {
  it("shows pounds in the United Kingdom", () => {
    expect(formatMoney({ amount: 9.99, currencyCode: "GBP" }, "gb")).toBe("£9.99")
    expect(formatMoney({ amount: 1234.5, currencyCode: "GBP" }, "gb")).toBe("£1,234.50")
  })

  it("shows dollars in the United States without a country prefix", () => {
    expect(formatMoney({ amount: 12, currencyCode: "USD" }, "us")).toBe("$12.00")
  })

  it("shows euros in euro countries", () => {
    expect(formatMoney({ amount: 10.5, currencyCode: "EUR" }, "de")).toBe("€10.50")
    expect(formatMoney({ amount: 10.5, currencyCode: "EUR" }, "ie")).toBe("€10.50")
  })

  it("shows Swedish kronor the Swedish way", () => {
    expect(plain(formatMoney({ amount: 119, currencyCode: "SEK" }, "se"))).toBe("119,00 kr")
  })

  it("shows Swiss francs with the CHF code", () => {
    expect(plain(formatMoney({ amount: 14.9, currencyCode: "CHF" }, "ch"))).toBe("CHF 14.90")
  })

  it("gives a country's own dollars the plain $ sign (Canada, Australia)", () => {
    expect(formatMoney({ amount: 15, currencyCode: "CAD" }, "ca")).toBe("$15.00")
    expect(formatMoney({ amount: 16, currencyCode: "AUD" }, "au")).toBe("$16.00")
  })

  it("accepts lower-case currency codes as Medusa returns them", () => {
    expect(formatMoney({ amount: 9.99, currencyCode: "gbp" }, "gb")).toBe("£9.99")
  })
})

describe("formatPriceFrom", () => {
  it("says 'From' only when the formats are priced differently", () => {
    expect(formatPriceFrom({ amount: 9.99, currencyCode: "GBP" }, true, "gb")).toBe("From £9.99")
    expect(formatPriceFrom({ amount: 9.99, currencyCode: "GBP" }, false, "gb")).toBe("£9.99")
  })
})

describe("localeForCountry", () => {
  it("keeps the page English and the numbers local", () => {
    expect(localeForCountry("gb")).toBe("en-GB")
    expect(localeForCountry("SE")).toBe("en-SE")
  })

  it("falls back to British English for anything that is not a country code", () => {
    expect(localeForCountry("")).toBe("en-GB")
    expect(localeForCountry("gbr")).toBe("en-GB")
  })
})
