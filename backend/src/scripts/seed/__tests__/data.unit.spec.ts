/** Consistency of the seed's plain data: what a shopper or member of staff would trip over. */
import { parse } from "isbn3"
import {
  BOOK_TAX_RATES,
  DEFAULT_LOCATION_NAME,
  DEFAULT_REGION_NAME,
  REGIONS,
  STOCK_LOCATIONS,
  STORE_CURRENCIES,
} from "../data"
import { isValidIsbn13 } from "../isbn"
import { SHOP_CURRENCIES } from "../prices"
import { handleFor, isPrintFormat } from "../product-input"
import { TITLES } from "../titles"
import { SEED_VERSION } from "../version"

const allFormats = TITLES.flatMap((t) => t.formats)

describe("regions and tax", () => {
  it("covers every shop currency with exactly one region", () => {
    expect(REGIONS.map((r) => r.currency_code).sort()).toEqual([...SHOP_CURRENCIES].sort())
  })

  it("puts each country in one region only", () => {
    const countries = REGIONS.flatMap((r) => r.countries)
    expect(new Set(countries).size).toBe(countries.length)
  })

  it("has a book tax rate for every seeded country, and 0% in the UK", () => {
    for (const country of REGIONS.flatMap((r) => r.countries)) {
      expect(BOOK_TAX_RATES[country]).toBeDefined()
    }
    expect(BOOK_TAX_RATES.gb?.rate).toBe(0)
  })

  it("shows US and Canadian prices before tax and the others with tax", () => {
    const exclusive = REGIONS.filter((r) => !r.is_tax_inclusive).map((r) => r.currency_code)
    expect(exclusive.sort()).toEqual(["cad", "usd"])
  })

  it("makes pounds the default store currency, with the same inclusiveness as the regions", () => {
    expect(STORE_CURRENCIES.filter((c) => c.is_default).map((c) => c.currency_code)).toEqual(["gbp"])
    for (const currency of STORE_CURRENCIES) {
      const region = REGIONS.find((r) => r.currency_code === currency.currency_code)
      expect(currency.is_tax_inclusive).toBe(region?.is_tax_inclusive)
    }
  })

  it("names a default region and location that exist", () => {
    expect(REGIONS.some((r) => r.name === DEFAULT_REGION_NAME)).toBe(true)
    expect(STOCK_LOCATIONS.some((l) => l.name === DEFAULT_LOCATION_NAME)).toBe(true)
  })
})

describe("warehouses and shipping", () => {
  const shipsFrom = (location: string) =>
    REGIONS.filter((r) => r.ships_from === location).map((r) => r.name).sort()

  it("ships the UK, Europe, Sweden, Switzerland and Australia from London", () => {
    expect(shipsFrom("London warehouse")).toEqual(
      ["Australia", "Europe", "Sweden", "Switzerland", "United Kingdom"]
    )
  })

  it("ships the US and Canada from New York", () => {
    expect(shipsFrom("New York warehouse")).toEqual(["Canada", "United States"])
  })

  it("makes Express dearer than Standard everywhere", () => {
    for (const region of REGIONS) {
      expect(region.shipping.express).toBeGreaterThan(region.shipping.standard)
    }
  })
})

describe("titles", () => {
  it("has unique, readable handles", () => {
    const handles = TITLES.map(handleFor)
    expect(new Set(handles).size).toBe(handles.length)
    expect(handles).toEqual(
      expect.arrayContaining(["reason-in-revolt", "in-defence-of-lenin", "bolshevism"])
    )
  })

  it("gives every format a unique ISBN-13 that isbn3 accepts", () => {
    const isbns = allFormats.map((f) => f.isbn)
    expect(new Set(isbns).size).toBe(isbns.length)
    for (const isbn of isbns) {
      expect(isValidIsbn13(isbn)).toBe(true)
      expect(parse(isbn)?.isbn13).toBe(isbn)
    }
  })

  it("offers every title in paperback", () => {
    for (const title of TITLES) {
      expect(title.formats.map((f) => f.format)).toContain("Paperback")
    }
  })

  it("stocks print formats in both warehouses and never ebooks", () => {
    for (const format of allFormats) {
      if (isPrintFormat(format.format)) {
        expect(format.weight).toBeGreaterThan(0)
        expect(format.stock?.london).toBeGreaterThanOrEqual(40)
        expect(format.stock?.london).toBeLessThanOrEqual(200)
        expect(format.stock?.newYork).toBeGreaterThanOrEqual(20)
        expect(format.stock?.newYork).toBeLessThanOrEqual(100)
      } else {
        expect(format.stock).toBeUndefined()
      }
    }
  })

  it("has a description of two or three sentences for each title", () => {
    for (const title of TITLES) {
      const sentences = title.description.split(/(?<=[.!?])\s+/).filter(Boolean)
      expect(sentences.length).toBeGreaterThanOrEqual(2)
      expect(sentences.length).toBeLessThanOrEqual(3)
    }
  })
})

describe("SEED_VERSION", () => {
  it("is a positive integer", () => {
    expect(Number.isInteger(SEED_VERSION) && SEED_VERSION > 0).toBe(true)
  })
})
