import { describe, expect, it } from "@jest/globals"
import { exactFirst, forgivingPass, foundSomething, TYPO_FIELDS } from "./typos"

const facets = [{ field: "series", limit: 20 }]
const body = { entity: "books", filters: { q: "lenin" }, search_options: { typo_tolerance: true, facets, disjunctive_facets: true } }

describe("exactFirst", () => {
  it("asks the same question without typo tolerance, keeping everything else", () => {
    expect(exactFirst(body)).toEqual({ ...body, search_options: { typo_tolerance: false, facets, disjunctive_facets: true } })
    expect(body.search_options.typo_tolerance).toBe(true)
  })

  it("has nothing to do for a query that is already exact or has no words", () => {
    expect(exactFirst({ ...body, search_options: {} })).toBeNull()
    expect(exactFirst({ ...body, filters: {} })).toBeNull()
    expect(exactFirst({ ...body, filters: { q: "" } })).toBeNull()
  })
})

describe("forgivingPass", () => {
  it("forgives typos in titles, subtitles and names, keeping the facets", () => {
    expect(forgivingPass(body)).toEqual({
      entity: "books",
      filters: { q: "lenin" },
      search_options: { typo_tolerance: true, facets, disjunctive_facets: true, attributes_to_search_on: [...TYPO_FIELDS] },
    })
  })

  it("leaves a query alone that never wanted typo tolerance", () => {
    const exact = { ...body, search_options: { typo_tolerance: false, facets } }
    expect(forgivingPass(exact)).toBe(exact)
  })
})

describe("foundSomething", () => {
  it("reads the count, or the hits when there is no count", () => {
    expect(foundSomething({ metadata: { count: 6 } })).toBe(true)
    expect(foundSomething({ metadata: { count: 0 }, hits: [] })).toBe(false)
    expect(foundSomething({ hits: [{}] })).toBe(true)
    expect(foundSomething(undefined)).toBe(false)
  })
})
