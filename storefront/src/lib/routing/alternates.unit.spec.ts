import { describe, expect, it } from "@jest/globals"
import type { Region } from "../catalogue/region"
import { countryAlternates } from "./alternates"

const regions: Region[] = [
  { id: "uk", name: "United Kingdom", currencyCode: "GBP", countries: [{ code: "gb", name: "United Kingdom" }] },
  {
    id: "eu",
    name: "Europe",
    currencyCode: "EUR",
    countries: [
      { code: "de", name: "Germany" },
      { code: "ie", name: "Ireland" },
    ],
  },
]

describe("countryAlternates", () => {
  it("links the same book in every country, with the default country as x-default", () => {
    expect(countryAlternates(regions, "/books/the-state", "gb")).toEqual({
      "en-GB": "/gb/books/the-state",
      "en-DE": "/de/books/the-state",
      "en-IE": "/ie/books/the-state",
      "x-default": "/gb/books/the-state",
    })
  })

  it("links country home pages without a trailing slash", () => {
    expect(countryAlternates(regions, "/", "gb")["en-IE"]).toBe("/ie")
  })
})
