import { describe, expect, it } from "@jest/globals"
import {
  availabilityLabel,
  pageCount,
  popularBody,
  relaxedQueries,
  reshapeFacets,
  reshapeHit,
  resultsBody,
  suggestionsBody,
} from "./search-request"
import { parseSearchParams } from "./search-state"

describe("resultsBody", () => {
  it("asks for one page of books with typo tolerance, filters and every facet", () => {
    const body = resultsBody(parseSearchParams({ q: "trotksy", format: ["ebook", "hardback"], page: "2" }), "GBP")
    expect(body).toMatchObject({
      entity: "books",
      filters: { q: "trotksy", formats: { $in: ["ebook", "hardback"] } },
      pagination: { skip: 24, take: 24 },
      search_options: { typo_tolerance: true, disjunctive_facets: true },
    })
    expect(body.pagination.order).toBeUndefined()
    expect(body.fields).toContain("price_gbp")
    expect(body.search_options.facets?.map((f) => f.field)).toEqual([
      "formats",
      "availability",
      "subjects",
      "series",
      "contributors",
      "publication_year",
    ])
  })

  it("sorts by the region's price, the title key or the publication date", () => {
    const sorted = (sort: string, currency = "SEK") => resultsBody(parseSearchParams({ q: "x", sort }), currency).pagination.order
    expect(sorted("price-asc")).toEqual({ price_sek: "ASC" })
    expect(sorted("price-desc", "usd")).toEqual({ price_usd: "DESC" })
    expect(sorted("title")).toEqual({ title_sort: "ASC" })
    expect(sorted("newest")).toEqual({ published_at: "DESC" })
    // A currency the index has no price for cannot be sorted by price.
    expect(sorted("price-asc", "JPY")).toBeUndefined()
  })

  it("lists the newest books first when there are no words to rank by", () => {
    const body = resultsBody(parseSearchParams({ subject: "History" }), "GBP")
    expect(body.pagination.order).toEqual({ published_at: "DESC" })
    expect(body.search_options.typo_tolerance).toBeUndefined()
    expect(body.filters).toEqual({ subjects: { $in: ["History"] } })
  })
})

describe("suggestionsBody and popularBody", () => {
  it("keeps the typeahead small", () => {
    const body = suggestionsBody("lenin".repeat(50), "EUR")
    expect(body.pagination).toEqual({ skip: 0, take: 6 })
    expect((body.filters.q as string).length).toBe(100)
    expect(body.search_options).toEqual({ typo_tolerance: true })
    expect(body.fields).toContain("price_eur")
  })

  it("offers books in stock, newest first, when a search finds nothing", () => {
    expect(popularBody("GBP")).toMatchObject({ filters: { availability: "in_stock" }, pagination: { order: { published_at: "DESC" } } })
  })
})

describe("relaxedQueries", () => {
  it("suggests the query without each of its words", () => {
    expect(relaxedQueries("lenin xylophone")).toEqual(["xylophone", "lenin"])
    expect(relaxedQueries("history of revolution")).toEqual(["of revolution", "history revolution", "history of"])
    expect(relaxedQueries("lenin")).toEqual([])
  })
})

describe("reshapeHit", () => {
  const cover = (stored: string | null) => (stored ? `/media/${stored.split("/").pop()}` : null)

  it("gives the page a title, authors, cover and price in the region's currency", () => {
    const hit = {
      id: "prod_1",
      document: {
        handle: "history-of-the-russian-revolution",
        title: "History of the Russian Revolution",
        subtitle: null,
        authors: ["Leon Trotsky"],
        contributors: ["Leon Trotsky", "Rob Sewell"],
        thumbnail: "http://localhost:9000/static/cover.png",
        availability: "in_stock",
        price_gbp: 24.99,
        price_usd: 31.99,
      },
    }
    expect(reshapeHit(hit, "GBP", cover)).toEqual({
      id: "prod_1",
      handle: "history-of-the-russian-revolution",
      title: "History of the Russian Revolution",
      subtitle: null,
      authors: ["Leon Trotsky"],
      coverUrl: "/media/cover.png",
      price: { amount: 24.99, currencyCode: "GBP" },
      availability: "in_stock",
      preorderReleaseDate: null,
    })
  })

  it("keeps the day a pre-order ships", () => {
    const hit = { id: "p", document: { handle: "h", title: "T", availability: "preorder", preorder_release_date: "2027-01-03" } }
    expect(reshapeHit(hit, "GBP", () => null)).toMatchObject({ availability: "preorder", preorderReleaseDate: "2027-01-03" })
    const undated = { id: "p", document: { handle: "h", title: "T", availability: "preorder", preorder_release_date: "soon" } }
    expect(reshapeHit(undated, "GBP", () => null)?.preorderReleaseDate).toBeNull()
  })

  it("falls back to the first contributors and copes with missing prices", () => {
    const book = reshapeHit(
      { id: "p", document: { handle: "h", title: "T", authors: [], contributors: ["A", "B", "C"], price_gbp: null } },
      "GBP",
      () => null
    )
    expect(book).toMatchObject({ authors: ["A", "B"], price: null, coverUrl: null, availability: null })
    expect(reshapeHit({ id: "p", document: { title: "No handle" } }, "GBP", () => null)).toBeNull()
  })
})

describe("availabilityLabel", () => {
  it("tells a reader when a pre-order ships, in their country's order", () => {
    const book = { availability: "preorder" as const, preorderReleaseDate: "2027-01-03" }
    expect(availabilityLabel(book, "gb")).toBe("Pre-order — ships on 3 January 2027")
    expect(availabilityLabel(book, "us")).toBe("Pre-order — ships on January 3, 2027")
    expect(availabilityLabel({ availability: "preorder", preorderReleaseDate: null }, "gb")).toBe("Pre-order — ships on publication")
  })

  it("says in stock or out of stock otherwise, and nothing when the index did not say", () => {
    expect(availabilityLabel({ availability: "in_stock", preorderReleaseDate: null }, "gb")).toBe("In stock")
    expect(availabilityLabel({ availability: "out_of_stock", preorderReleaseDate: null }, "gb")).toBe("Out of stock")
    expect(availabilityLabel({ availability: null, preorderReleaseDate: null }, "gb")).toBeNull()
  })
})

describe("reshapeFacets", () => {
  it("labels, orders and marks the values, keeping a selected value the engine no longer counts", () => {
    const state = parseSearchParams({ format: "hardback", author: "Karl Marx" })
    const groups = reshapeFacets(
      {
        formats: { type: "value", values: [{ value: "ebook", count: 3 }, { value: "paperback", count: 9 }] },
        contributors: { type: "value", values: [{ value: "Alan Woods", count: 2 }, { value: "Ted Grant", count: 2 }, { value: "Leon Trotsky", count: 4 }] },
        publication_year: { type: "value", values: [{ value: "1995", count: 1 }, { value: "2021", count: 1 }] },
      },
      state
    )
    expect(groups.map((g) => g.param)).toEqual(["format", "author", "year"])
    expect(groups[0]?.values).toEqual([
      { value: "paperback", label: "Paperback", count: 9, selected: false },
      { value: "hardback", label: "Hardback", count: 0, selected: true },
      { value: "ebook", label: "Ebook", count: 3, selected: false },
    ])
    expect(groups[1]?.values.map((v) => v.value)).toEqual(["Leon Trotsky", "Alan Woods", "Ted Grant", "Karl Marx"])
    expect(groups[2]?.values.map((v) => v.value)).toEqual(["2021", "1995"])
  })
})

describe("pageCount", () => {
  it("has at least one page", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
  })
})
