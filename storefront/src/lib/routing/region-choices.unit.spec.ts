import { describe, expect, it } from "@jest/globals"
import type { Region } from "../catalogue/region"
import { regionChoices } from "./region-choices"

const region = (id: string, name: string, currencyCode: string, codes: [string, string][]): Region => ({
  id,
  name,
  currencyCode,
  countries: codes.map(([code, countryName]) => ({ code, name: countryName })),
})

describe("regionChoices", () => {
  it("groups countries under their region with its currency, both by name", () => {
    const choices = regionChoices([
      region("uk", "United Kingdom", "GBP", [["gb", "United Kingdom"]]),
      region("eu", "Europe", "EUR", [
        ["ie", "Ireland"],
        ["de", "Germany"],
      ]),
    ])
    expect(choices.map((c) => [c.name, c.currencyCode, c.countries.map((country) => country.code)])).toEqual([
      ["Europe", "EUR", ["de", "ie"]],
      ["United Kingdom", "GBP", ["gb"]],
    ])
  })

  it("lists a country two regions claim once, under the region that sells there, and drops empty regions", () => {
    const choices = regionChoices([
      region("eu", "Europe", "EUR", [["ie", "Ireland"]]),
      region("ie", "Ireland (sterling)", "GBP", [["ie", "Ireland"]]),
    ])
    expect(choices.map((c) => c.id)).toEqual(["eu"])
  })
})
