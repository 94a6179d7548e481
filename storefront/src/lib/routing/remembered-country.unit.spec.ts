import { describe, expect, it } from "@jest/globals"
import { preferredCountry } from "./country-routing"
import { countryToRemember, isPrefetch, rememberedCountry, switchCountryPath } from "./remembered-country"

const known = new Set(["gb", "us", "de", "ie"])

describe("switchCountryPath", () => {
  it("keeps the page when the reader switches country", () => {
    expect(switchCountryPath("/gb/books/the-state-and-revolution", "us")).toBe("/us/books/the-state-and-revolution")
    expect(switchCountryPath("/gb/books", "de")).toBe("/de/books")
    expect(switchCountryPath("/gb", "ie")).toBe("/ie")
    expect(switchCountryPath("/gb/", "ie")).toBe("/ie")
  })

  it("goes to the country's home page from anywhere else", () => {
    expect(switchCountryPath("/", "us")).toBe("/us")
    expect(switchCountryPath("/_not-found", "us")).toBe("/us")
  })
})

describe("remembering the country", () => {
  it("remembers a country page we sell to, once", () => {
    expect(countryToRemember("/us/books/x", known, undefined)).toBe("us")
    expect(countryToRemember("/us/books/x", known, "gb")).toBe("us")
    expect(countryToRemember("/us", known, "us")).toBeNull()
  })

  it("remembers nothing for other addresses or when the countries are unknown", () => {
    expect(countryToRemember("/zz/books", known, "gb")).toBeNull()
    expect(countryToRemember("/", known, undefined)).toBeNull()
    expect(countryToRemember("/us", null, undefined)).toBeNull()
  })

  it("reads back only a country we still sell to", () => {
    expect(rememberedCountry("US", known)).toBe("us")
    expect(rememberedCountry("fr", known)).toBeNull()
    expect(rememberedCountry("<script>", known)).toBeNull()
    expect(rememberedCountry(undefined, known)).toBeNull()
  })

  it("sends `/` to the remembered country before the CDN's guess and the default", () => {
    expect(preferredCountry([rememberedCountry("us", known), "DE"], known, "gb")).toBe("us")
    expect(preferredCountry([rememberedCountry(undefined, known), "DE"], known, "gb")).toBe("de")
  })
})

describe("isPrefetch", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null

  it("recognises the router's and the browser's prefetches, which must not change the remembered country", () => {
    expect(isPrefetch(headers({ "next-router-prefetch": "1" }))).toBe(true)
    expect(isPrefetch(headers({ "sec-purpose": "prefetch;prerender" }))).toBe(true)
    expect(isPrefetch(headers({ purpose: "prefetch" }))).toBe(true)
  })

  it("takes an ordinary visit or client navigation at its word", () => {
    expect(isPrefetch(headers({}))).toBe(false)
    expect(isPrefetch(headers({ rsc: "1" }))).toBe(false)
  })
})
