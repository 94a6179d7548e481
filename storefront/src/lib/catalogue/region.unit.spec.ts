import { describe, expect, it } from "@jest/globals"
import type { HttpTypes } from "@medusajs/types"
import { countryChoices, countryName, indexRegionsByCountry, reshapeRegion } from "./region"

function storeRegion(id: string, name: string, currency: string, countries: [string, string][]): HttpTypes.StoreRegion {
  return {
    id,
    name,
    currency_code: currency,
    countries: countries.map(([iso_2, display_name]) => ({ id: iso_2, iso_2, display_name, name: display_name.toUpperCase() })),
  }
}

const seeded = [
  storeRegion("reg_uk", "United Kingdom", "gbp", [["gb", "United Kingdom"]]),
  storeRegion("reg_us", "United States", "usd", [["us", "United States"]]),
  storeRegion("reg_eu", "Europe", "eur", [
    ["de", "Germany"],
    ["fr", "France"],
    ["ie", "Ireland"],
  ]),
  storeRegion("reg_se", "Sweden", "sek", [["se", "Sweden"]]),
].map(reshapeRegion)

describe("reshapeRegion", () => {
  it("keeps what the shop shows: name, upper-case currency, countries by name", () => {
    expect(seeded[2]).toEqual({
      id: "reg_eu",
      name: "Europe",
      currencyCode: "EUR",
      countries: [
        { code: "fr", name: "France" },
        { code: "de", name: "Germany" },
        { code: "ie", name: "Ireland" },
      ],
    })
  })

  it("lower-cases country codes and title-cases a missing display name", () => {
    const region = reshapeRegion({
      id: "r",
      name: "Switzerland",
      currency_code: "chf",
      countries: [{ id: "ch", iso_2: "CH", name: "SWITZERLAND" }],
    })
    expect(region.countries).toEqual([{ code: "ch", name: "Switzerland" }])
  })
})

describe("indexRegionsByCountry", () => {
  const index = indexRegionsByCountry(seeded)

  it("maps every seeded country to the region (and currency) that sells there", () => {
    expect(index.get("gb")?.currencyCode).toBe("GBP")
    expect(index.get("us")?.currencyCode).toBe("USD")
    expect(index.get("de")?.id).toBe("reg_eu")
    expect(index.get("ie")?.id).toBe("reg_eu")
    expect(index.get("se")?.currencyCode).toBe("SEK")
  })

  it("knows nothing of countries the shop does not sell to", () => {
    expect(index.get("zz")).toBeUndefined()
    expect(index.get("GB")).toBeUndefined()
  })

  it("keeps the first region when two claim a country", () => {
    const clash = indexRegionsByCountry([
      ...seeded,
      reshapeRegion(storeRegion("reg_other", "Other", "usd", [["gb", "United Kingdom"]])),
    ])
    expect(clash.get("gb")?.id).toBe("reg_uk")
  })
})

describe("countryName", () => {
  it("names the visitor's country within its region", () => {
    const europe = seeded[2]!
    expect(countryName(europe, "de")).toBe("Germany")
    expect(countryName(europe, "xx")).toBe("XX")
  })
})

describe("countryChoices", () => {
  it("lists every country by name with the currency it pays in", () => {
    expect(countryChoices(seeded)).toEqual([
      { code: "fr", name: "France", currencyCode: "EUR" },
      { code: "de", name: "Germany", currencyCode: "EUR" },
      { code: "ie", name: "Ireland", currencyCode: "EUR" },
      { code: "se", name: "Sweden", currencyCode: "SEK" },
      { code: "gb", name: "United Kingdom", currencyCode: "GBP" },
      { code: "us", name: "United States", currencyCode: "USD" },
    ])
  })
})
