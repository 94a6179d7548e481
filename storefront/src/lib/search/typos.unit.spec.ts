import { describe, expect, it } from "@jest/globals"
import { exactFirst, foundSomething } from "./typos"

const body = { entity: "books", filters: { q: "lenin" }, search_options: { typo_tolerance: true, facets: [{ field: "series", limit: 20 }] } }

describe("exactFirst", () => {
  it("asks the same question without typo tolerance, keeping everything else", () => {
    expect(exactFirst(body)).toEqual({ ...body, search_options: { typo_tolerance: false, facets: [{ field: "series", limit: 20 }] } })
    expect(body.search_options.typo_tolerance).toBe(true)
  })

  it("has nothing to do for a query that is already exact or has no words", () => {
    expect(exactFirst({ ...body, search_options: {} })).toBeNull()
    expect(exactFirst({ ...body, filters: {} })).toBeNull()
    expect(exactFirst({ ...body, filters: { q: "" } })).toBeNull()
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
