// Named with a leading "_": Medusa imports every other file under src/search at boot.
import { applyIsbnRule, isbn10To13, isbnFromQuery, isNumericQuery } from "../isbn-query"

describe("isbnFromQuery", () => {
  it("reads an ISBN-13 typed with hyphens or spaces", () => {
    expect(isbnFromQuery("978-1-99999-011-4")).toBe("9781999990114")
    expect(isbnFromQuery(" 978 1999990114 ")).toBe("9781999990114")
    expect(isbnFromQuery("9791999990114")).toBe("9791999990114")
  })

  it("keeps a wrong check digit (an off-by-one ISBN must find nothing, not a neighbour)", () => {
    expect(isbnFromQuery("9781999990115")).toBe("9781999990115")
  })

  it("turns an ISBN-10 into its ISBN-13", () => {
    expect(isbn10To13("0140449132")).toBe("9780140449136")
    expect(isbnFromQuery("0-14-044913-2")).toBe("9780140449136")
    expect(isbnFromQuery("080442957X")).toBe("9780804429573")
  })

  it("leaves words, years and other numbers alone", () => {
    for (const q of ["lenin", "1917", "978", "12345678901234", "9771999990114", "trotsky 1917"]) {
      expect(isbnFromQuery(q)).toBeNull()
    }
  })
})

describe("isNumericQuery", () => {
  it("is true for numbers as people type them", () => {
    expect(isNumericQuery("1917")).toBe(true)
    expect(isNumericQuery("1917-1924")).toBe(true)
    expect(isNumericQuery("lenin 1917")).toBe(false)
    expect(isNumericQuery(" - ")).toBe(false)
  })
})

describe("applyIsbnRule", () => {
  const query = (q: string) => ({
    entity: "books",
    filters: { q, formats: "ebook" },
    search_options: { typo_tolerance: true, facets: ["formats"] },
  })

  it("replaces an ISBN query by an exact ISBN filter, without typo tolerance", () => {
    expect(applyIsbnRule(query("978-1-99999-011-4"), "books")).toEqual({
      entity: "books",
      filters: { formats: "ebook", isbns: "9781999990114" },
      search_options: { facets: ["formats"] },
    })
  })

  it("searches other numbers without typo tolerance", () => {
    expect(applyIsbnRule(query("1917"), "books")).toEqual({
      entity: "books",
      filters: { q: "1917", formats: "ebook" },
      search_options: { facets: ["formats"] },
    })
  })

  it("leaves words, other indexes and queries without text as they are", () => {
    const words = query("lenin")
    expect(applyIsbnRule(words, "books")).toBe(words)
    const other = { ...query("9781999990114"), entity: "contributors" }
    expect(applyIsbnRule(other, "books")).toBe(other)
    const noText = { entity: "books", filters: { formats: "ebook" } }
    expect(applyIsbnRule(noText, "books")).toBe(noText)
  })

  it("does not change the request it was given", () => {
    const original = query("9781999990114")
    const copy = JSON.parse(JSON.stringify(original))
    applyIsbnRule(original, "books")
    expect(original).toEqual(copy)
  })
})
