/** Consistency of the seed's plain data: what a shopper or member of staff would trip over. */
import { parse } from "isbn3"
import {
  BOOK_TAX_RATES,
  DEFAULT_LOCATION_NAME,
  DEFAULT_REGION_NAME,
  REGIONS,
  regionPaymentProviders,
  STOCK_LOCATIONS,
  STORE_CURRENCIES,
} from "../data"
import { slugify } from "../../../lib/slug"
import { CONTRIBUTORS } from "../contributors"
import { isValidIsbn13 } from "../isbn"
import { SHOP_CURRENCIES } from "../prices"
import { handleFor, isPrintFormat } from "../product-input"
import { SERIES, SUBJECTS } from "../taxonomy"
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

const sentences = (text: string) => text.split(/(?<=[^A-Z][.!?])\s+(?=[A-Z])/).filter(Boolean)

describe("titles", () => {
  it("has every title of the catalogue README under the slug of its title", () => {
    expect(TITLES.map(handleFor).sort()).toEqual(
      [
        "anti-duhring",
        "bolshevism",
        "classics-of-marxism-volume-1",
        "history-of-the-russian-revolution",
        "in-defence-of-lenin",
        "in-the-cause-of-labour",
        "lenin-and-trotsky",
        "reason-in-revolt",
        "the-chartist-revolution",
        "the-civil-war-in-france",
        "the-history-of-philosophy",
        "the-revolutionary-legacy-of-rosa-luxemburg",
        "the-revolutionary-philosophy-of-marxism",
        "writings-on-britain",
      ].sort()
    )
  })

  it("gives every format a unique ISBN-13 that isbn3 accepts, in the demo block", () => {
    const isbns = allFormats.map((f) => f.isbn)
    expect(new Set(isbns).size).toBe(isbns.length)
    for (const isbn of isbns) {
      expect(isValidIsbn13(isbn)).toBe(true)
      expect(parse(isbn)?.isbn13).toBe(isbn)
      expect(isbn.startsWith("978199999")).toBe(true)
    }
    // Kept free for the ISBN rule's HTTP tests (book-isbn.spec.ts).
    expect(isbns).not.toContain("9781999990985")
  })

  it("keeps the ISBNs of the original five titles", () => {
    const isbnsOf = (name: string) => TITLES.find((t) => t.title === name)?.formats.map((f) => f.isbn)
    expect(isbnsOf("Reason in Revolt")).toEqual(["9781999990114", "9781999990138"])
    expect(isbnsOf("In Defence of Lenin")).toEqual(["9781999990510", "9781999990527"])
  })

  it("offers every title in paperback, with pages for every format", () => {
    for (const title of TITLES) {
      expect(title.formats.map((f) => f.format)).toContain("Paperback")
      for (const format of title.formats) expect(format.pages).toBeGreaterThan(0)
    }
  })

  it("stocks print formats in both warehouses, ebooks never, and a forthcoming title not yet", () => {
    for (const title of TITLES) {
      for (const format of title.formats) {
        if (!isPrintFormat(format.format)) {
          expect(format.stock).toBeUndefined()
          continue
        }
        expect(format.weight).toBeGreaterThan(0)
        if (title.forthcomingWeeks !== undefined) {
          expect(format.stock).toEqual({ london: 0, newYork: 0 })
          continue
        }
        expect(format.stock?.london).toBeGreaterThanOrEqual(40)
        expect(format.stock?.london).toBeLessThanOrEqual(200)
        expect(format.stock?.newYork).toBeGreaterThanOrEqual(20)
        expect(format.stock?.newYork).toBeLessThanOrEqual(100)
      }
    }
  })

  it("has only In Defence of Lenin forthcoming, about six weeks out", () => {
    expect(TITLES.filter((t) => t.forthcomingWeeks !== undefined).map((t) => [t.title, t.forthcomingWeeks])).toEqual([
      ["In Defence of Lenin", 6],
    ])
  })

  it("has a description of two to four sentences for each title", () => {
    for (const title of TITLES) {
      const count = sentences(title.description).length
      expect({ title: title.title, ok: count >= 2 && count <= 4 }).toEqual({ title: title.title, ok: true })
    }
  })

  it("credits on every title people who have a bio, each at most once per role", () => {
    const known = new Set(CONTRIBUTORS.map((c) => c.name))
    for (const title of TITLES) {
      expect(title.contributors.length).toBeGreaterThan(0)
      for (const credit of title.contributors) expect({ title: title.title, name: credit.name, known: known.has(credit.name) }).toMatchObject({ known: true })
      const keys = title.contributors.map((c) => `${c.name}/${c.role}`)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it("puts titles in known series and subjects, and uses every series and subject", () => {
    const series = new Set<string>(SERIES.map((s) => s.handle))
    const subjects = new Set<string>(SUBJECTS.map((s) => s.handle))
    for (const title of TITLES) {
      if (title.series) expect(series.has(title.series)).toBe(true)
      expect(title.subjects.length).toBeGreaterThan(0)
      for (const subject of title.subjects) expect(subjects.has(subject)).toBe(true)
    }
    expect(new Set(TITLES.flatMap((t) => (t.series ? [t.series] : []))).size).toBe(SERIES.length)
    expect(new Set(TITLES.flatMap((t) => t.subjects)).size).toBe(SUBJECTS.length)
    expect(TITLES.find((t) => t.title === "In Defence of Lenin")?.series).toBe("lenin-centenary")
  })
})

describe("contributors", () => {
  it("have unique slug handles, and short bios", () => {
    const handles = CONTRIBUTORS.map((c) => slugify(c.name))
    expect(new Set(handles).size).toBe(handles.length)
    expect(handles).toEqual(expect.arrayContaining(["alan-woods", "ted-grant", "rob-sewell", "v-i-lenin", "leon-trotsky"]))
    for (const contributor of CONTRIBUTORS) {
      const count = sentences(contributor.bio).length
      expect({ name: contributor.name, ok: count >= 1 && count <= 3 }).toEqual({ name: contributor.name, ok: true })
    }
  })

  it("are all credited on some title", () => {
    const credited = new Set(TITLES.flatMap((t) => t.contributors.map((c) => c.name)))
    expect(CONTRIBUTORS.filter((c) => !credited.has(c.name))).toEqual([])
  })
})

describe("subjects", () => {
  it("carry a Thema subject code (and place qualifiers in the 1… range)", () => {
    for (const subject of SUBJECTS) {
      expect(subject.thema).toMatch(/^[A-Z]{1,6}\d?$/)
      if ("thema_qualifier" in subject) expect(subject.thema_qualifier).toMatch(/^1[A-Z]+$/)
    }
  })
})

describe("SEED_VERSION", () => {
  it("is a positive integer", () => {
    expect(Number.isInteger(SEED_VERSION) && SEED_VERSION > 0).toBe(true)
  })
})

describe("regionPaymentProviders", () => {
  it("offers only the labelled test payment without Stripe keys", () => {
    expect(regionPaymentProviders({})).toEqual(["pp_system_default"])
  })
  it("adds Stripe when STRIPE_API_KEY is set", () => {
    expect(regionPaymentProviders({ STRIPE_API_KEY: "sk_test_x" })).toEqual(["pp_system_default", "pp_stripe_stripe"])
  })
})
