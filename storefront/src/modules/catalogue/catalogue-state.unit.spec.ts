import { describe, expect, it } from "@jest/globals"
import {
  catalogueBody,
  clearCatalogueFilters,
  toggleCatalogueFilter,
  catalogueHref,
  cataloguePageCount,
  maxCataloguePage,
  parseCatalogueParams,
  parsePage,
  shelfBody,
  withCataloguePage,
  withPerPage,
  withSort,
} from "./catalogue-state"

describe("catalogue URL ↔ state", () => {
  it("reads filters, sort and page from the URL and writes the same URL back", () => {
    const url = "/gb/books?format=ebook&format=paperback&author=Alan+Woods&sort=price-asc&page=3"
    const params = Object.fromEntries(
      [...new URL(url, "http://shop").searchParams.keys()].map((key) => [
        key,
        new URL(url, "http://shop").searchParams.getAll(key),
      ])
    )
    const state = parseCatalogueParams(params)
    expect(state.filters.format).toEqual(["ebook", "paperback"])
    expect(state.filters.author).toEqual(["Alan Woods"])
    expect(state.sort).toBe("price-asc")
    expect(state.page).toBe(3)
    expect(catalogueHref("/gb/books", state)).toBe(url)
  })

  it("leaves defaults out of the URL: newest first, 24 a page, page 1", () => {
    const state = parseCatalogueParams({})
    expect(state).toMatchObject({ sort: "newest", page: 1, perPage: 24 })
    expect(catalogueHref("/gb/books", state)).toBe("/gb/books")
  })

  it("offers 12, 24 or 48 books a page, nothing else", () => {
    expect(parseCatalogueParams({ per: "12", page: "2" })).toMatchObject({ perPage: 12, page: 2 })
    expect(parseCatalogueParams({ per: "1000" }).perPage).toBe(24)
    expect(catalogueHref("/gb/books", withPerPage(parseCatalogueParams({ page: "3" }), 48))).toBe("/gb/books?per=48")
  })

  it("drops sorts it does not offer (relevance needs words) and pages that are not whole numbers", () => {
    expect(parseCatalogueParams({ sort: "relevance" }).sort).toBe("newest")
    expect(parseCatalogueParams({ sort: "cheapest" }).sort).toBe("newest")
    for (const raw of ["0", "-2", "2.5", "abc", "1e3", ""]) expect(parsePage(raw)).toBe(1)
    expect(parsePage("417")).toBe(417)
    expect(parsePage("999999")).toBe(maxCataloguePage)
  })

  it("keeps a page's own filter (a series page's series) out of its URL, whatever the URL says", () => {
    const fixed = { series: ["Classics of Marxism"] }
    const state = parseCatalogueParams({ series: "Something else", format: "ebook" }, fixed)
    expect(state.filters.series).toEqual(["Classics of Marxism"])
    expect(catalogueHref("/gb/series/classics-of-marxism", state, fixed)).toBe(
      "/gb/series/classics-of-marxism?format=ebook"
    )
    expect(clearCatalogueFilters(state, fixed).filters.series).toEqual(["Classics of Marxism"])
  })

  it("goes back to page 1 when a filter or the sort changes, and can clear every filter", () => {
    const state = parseCatalogueParams({ format: "ebook", page: "4" })
    expect(toggleCatalogueFilter(state, "format", "hardback").page).toBe(1)
    expect(withSort(state, "title")).toMatchObject({ sort: "title", page: 1 })
    expect(catalogueHref("/gb/books", clearCatalogueFilters(state))).toBe("/gb/books")
  })
})

describe("pagination maths", () => {
  it("counts pages of 24, at least one", () => {
    expect(cataloguePageCount(0)).toBe(1)
    expect(cataloguePageCount(24)).toBe(1)
    expect(cataloguePageCount(25)).toBe(2)
    expect(cataloguePageCount(10_000)).toBe(417)
  })

  it("asks the engine for exactly one page, at the right offset, however deep", () => {
    const state = withCataloguePage(parseCatalogueParams({}), 417)
    expect(catalogueBody(state, "GBP").pagination).toMatchObject({ skip: 416 * 24, take: 24 })
    const twelves = withCataloguePage(parseCatalogueParams({ per: "12" }), 2)
    expect(catalogueBody(twelves, "GBP").pagination).toMatchObject({ skip: 12, take: 12 })
    expect(cataloguePageCount(14, 12)).toBe(2)
  })
})

describe("catalogue engine query", () => {
  it("sorts by the region's price, then by id so equal prices never swap between pages", () => {
    const body = catalogueBody(parseCatalogueParams({ sort: "price-asc" }), "USD")
    expect(body.pagination.order).toEqual({ price_usd: "ASC", id: "ASC" })
    expect(body.fields).toEqual(["id"])
    expect(body.filters).toEqual({})
  })

  it("lists newest first with no words, and filters as the URL says", () => {
    const body = catalogueBody(parseCatalogueParams({ subject: "History", availability: "preorder" }), "GBP")
    expect(body.pagination.order).toEqual({ published_at: "DESC", id: "ASC" })
    expect(body.filters).toEqual({ subjects: { $in: ["History"] }, availability: { $in: ["preorder"] } })
    expect(body.search_options.facets?.map((facet) => facet.field)).toEqual(
      expect.arrayContaining(["formats", "subjects", "series", "contributors", "availability"])
    )
  })

  it("asks a shelf for a few books without facets", () => {
    const body = shelfBody("EUR", { availability: ["preorder"] }, { published_at: "ASC" }, 6)
    expect(body.pagination).toEqual({ skip: 0, take: 6, order: { published_at: "ASC", id: "ASC" } })
    expect(body.search_options).toEqual({})
  })
})
