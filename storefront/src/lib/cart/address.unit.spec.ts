import { describe, expect, it } from "@jest/globals"
import type { Region } from "../catalogue/region"
import { addressLines, checkAddress, countryOptions, defaultCountry } from "./address"

const europe: Region = {
  id: "reg_eu",
  name: "Europe",
  currencyCode: "EUR",
  countries: [
    { code: "de", name: "Germany" },
    { code: "fr", name: "France" },
  ],
}
const uk: Region = { id: "reg_gb", name: "United Kingdom", currencyCode: "GBP", countries: [{ code: "gb", name: "United Kingdom" }] }

const form = (values: Record<string, string>) => new Map(Object.entries(values))
const good = {
  email: " Reader@Example.org ",
  first_name: "Rosa",
  last_name: "Luxemburg",
  address_1: "1 Example Strasse",
  city: "Berlin",
  postal_code: "10115",
  country_code: "DE",
}

describe("countryOptions / defaultCountry", () => {
  it("limits the country select to the region's countries", () => {
    expect(countryOptions(europe)).toEqual([
      { value: "de", label: "Germany" },
      { value: "fr", label: "France" },
    ])
  })

  it("preselects the address's country, else the URL's, else the region's first", () => {
    expect(defaultCountry(europe, "fr", "DE")).toBe("de")
    expect(defaultCountry(europe, "fr", "gb")).toBe("fr")
    expect(defaultCountry(europe, "us")).toBe("de")
  })
})

describe("checkAddress", () => {
  it("accepts a complete address and tidies e-mail and country", () => {
    const check = checkAddress(form(good), europe)
    expect(check.ok).toBe(true)
    expect(check.value).toMatchObject({ email: "reader@example.org", country_code: "de", address_2: "", phone: "" })
  })

  it("says which required fields are missing", () => {
    const check = checkAddress(form({ ...good, first_name: " ", postal_code: "" }), europe)
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({ first_name: "Enter your first name.", postal_code: "Enter your postcode." })
  })

  it("refuses an e-mail address without a domain", () => {
    const check = checkAddress(form({ ...good, email: "reader@example" }), europe)
    expect(check.ok ? null : check.errors.email).toBe("Enter an e-mail address like name@example.com.")
  })

  it("refuses a country outside the region, naming the ones it delivers to", () => {
    const check = checkAddress(form({ ...good, country_code: "gb" }), europe)
    expect(check.ok ? null : check.errors.country_code).toMatch(/^We can only deliver to Germany, France from this shop/)
    expect(checkAddress(form({ ...good, country_code: "gb" }), uk).ok).toBe(true)
  })

  it("refuses a phone number made of letters", () => {
    const check = checkAddress(form({ ...good, phone: "call me" }), europe)
    expect(check.ok ? null : check.errors.phone).toMatch(/digits/)
  })
})

describe("addressLines", () => {
  it("prints the address as lines, skipping the empty ones", () => {
    expect(
      addressLines(
        { first_name: "Rosa", last_name: "Luxemburg", address_1: "1 Example Strasse", address_2: "", city: "Berlin", postal_code: "10115", country_code: "de" },
        (code) => (code === "de" ? "Germany" : code)
      )
    ).toEqual(["Rosa Luxemburg", "1 Example Strasse", "Berlin 10115", "Germany"])
  })
})
