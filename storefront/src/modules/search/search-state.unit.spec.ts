import { describe, expect, it } from "@jest/globals"
import {
  maxQueryLength,
  pageWindow,
  parseSearchParams,
  searchHref,
  toggleFilter,
  withoutFilters,
  withPage,
} from "./search-state"

describe("parseSearchParams", () => {
  it("reads the query, filters, sort and page from the URL", () => {
    const state = parseSearchParams({
      q: "  lenin   trotsky ",
      format: ["ebook", "paperback", "ebook"],
      author: "Alan Woods",
      sort: "price-asc",
      page: "3",
    })
    expect(state.q).toBe("lenin trotsky")
    expect(state.filters.format).toEqual(["ebook", "paperback"])
    expect(state.filters.author).toEqual(["Alan Woods"])
    expect(state.filters.subject).toEqual([])
    expect(state.sort).toBe("price-asc")
    expect(state.page).toBe(3)
  })

  it("drops what it does not understand and caps what is too long", () => {
    const state = parseSearchParams({ q: ["x".repeat(500), "second"], sort: "cheapest", page: "-2", format: "\u0000" })
    expect(state.q).toHaveLength(maxQueryLength)
    expect(state.sort).toBe("relevance")
    expect(state.page).toBe(1)
    expect(state.filters.format).toEqual([])
    expect(parseSearchParams({ page: "9999" }).page).toBe(50)
    expect(parseSearchParams({ page: "2abc" }).page).toBe(2)
    expect(parseSearchParams({ subject: Array.from({ length: 30 }, (_, i) => `s${i}`) }).filters.subject).toHaveLength(10)
  })

  it("keeps markup as plain text, to be rendered (escaped) as text", () => {
    expect(parseSearchParams({ q: "<img src=x onerror=alert(1)>" }).q).toBe("<img src=x onerror=alert(1)>")
  })
})

describe("searchHref", () => {
  const base = parseSearchParams({ q: "lenin", format: "ebook", sort: "newest", page: "2" })

  it("writes the state back into a short, shareable URL", () => {
    expect(searchHref("gb", base)).toBe("/gb/search?q=lenin&format=ebook&sort=newest&page=2")
    expect(searchHref("us", parseSearchParams({}))).toBe("/us/search")
    expect(searchHref("gb", parseSearchParams({ q: "a&b=c" }))).toBe("/gb/search?q=a%26b%3Dc")
  })

  it("toggles a filter value and goes back to the first page", () => {
    expect(searchHref("gb", toggleFilter(base, "format", "paperback"))).toBe(
      "/gb/search?q=lenin&format=ebook&format=paperback&sort=newest"
    )
    expect(searchHref("gb", toggleFilter(base, "format", "ebook"))).toBe("/gb/search?q=lenin&sort=newest")
    expect(searchHref("gb", withoutFilters(base))).toBe("/gb/search?q=lenin&sort=newest")
  })

  it("pages within bounds", () => {
    expect(withPage(base, 0).page).toBe(1)
    expect(withPage(base, 7).page).toBe(7)
  })
})

describe("pageWindow", () => {
  it("shows the pages around the current one and the first and last", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageWindow(6, 12)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 12])
    expect(pageWindow(12, 12)).toEqual([1, "gap", 10, 11, 12])
  })
})
