import type { SearchTypes } from "@medusajs/framework/types"
import { buildSearchQuery } from "../query"
import { toSearchResult } from "../results"
import { bookPlan, limits, providerQuery } from "./fixtures"

function read(
  response: Parameters<typeof toSearchResult>[0],
  overrides: Partial<SearchTypes.ProviderSearchQuery> = {},
  max = limits
): SearchTypes.SearchResult {
  const input = providerQuery(overrides)
  return toSearchResult(response, buildSearchQuery(input, bookPlan, max), input, max)
}

const hit = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Book ${id}`, format: "paperback", ...extra })

describe("toSearchResult: a Meilisearch response in the module's result shape", () => {
  it("keys hits by the primary key, projects them and reports the estimated count", () => {
    const result = read(
      { hits: [hit("prod_1", { _rankingScore: 0.93 }), hit("prod_2")], processingTimeMs: 3, estimatedTotalHits: 57 },
      { q: "marx", pagination: { skip: 20, take: 2 } }
    )
    expect(result).toEqual({
      hits: [
        { id: "prod_1", document: { id: "prod_1", title: "Book prod_1" } },
        { id: "prod_2", document: { id: "prod_2", title: "Book prod_2" } },
      ],
      metadata: { skip: 20, take: 2, count: 57, query: "marx", processing_time_ms: 3 },
    })
  })

  it("returns scores when asked, the exact count, or no count", () => {
    const scored = read(
      { hits: [hit("prod_1", { _rankingScore: 0.93 })], processingTimeMs: 1, totalHits: 1 },
      { search_options: { include_score: true, count: "exact" } }
    )
    expect(scored.hits[0]?.score).toBe(0.93)
    expect(scored.metadata.count).toBe(1)
    const uncounted = read(
      { hits: [], processingTimeMs: 1, estimatedTotalHits: 9 },
      { search_options: { count: "none" } }
    )
    expect(uncounted.metadata.count).toBeNull()
  })

  it("reads highlights from _formatted", () => {
    const result = read(
      {
        hits: [hit("prod_1", { _formatted: { title: "The <mark>State</mark> and Revolution", contributors: ["V. I. <mark>Lenin</mark>"] } })],
        processingTimeMs: 1,
      },
      { q: "state lenin", search_options: { highlight: { fields: ["title", "contributors"] } } }
    )
    expect(result.hits[0]?.highlights).toEqual({
      title: ["The <mark>State</mark> and Revolution"],
      contributors: ["V. I. <mark>Lenin</mark>"],
    })
  })

  describe("facets", () => {
    const facetDistribution = {
      format: { paperback: 12, hardback: 3, ebook: 7, audiobook: 3 },
      price: { "4.99": 2, "9.99": 5, "12.5": 3, "25": 1 },
      "_date_ms.published_at": { "-1041379200000": 1, "1704067200000": 2 },
    }
    const facetStats = { price: { min: 4.99, max: 25 } }
    const response = { hits: [], processingTimeMs: 1, facetDistribution, facetStats }

    it("value facets: most frequent first (ties alphabetical), limited", () => {
      const result = read(response, { search_options: { facets: [{ field: "format", limit: 3 }] } })
      expect(result.facets).toEqual({
        format: {
          type: "value",
          values: [
            { value: "paperback", count: 12 },
            { value: "ebook", count: 7 },
            { value: "audiobook", count: 3 },
          ],
        },
      })
    })

    it("value facets: alphabetical, and filtered by a prefix query", () => {
      const alpha = read(response, { search_options: { facets: [{ field: "format", sort: "alpha", limit: 2 }] } })
      expect(alpha.facets?.format).toEqual({ type: "value", values: [{ value: "audiobook", count: 3 }, { value: "ebook", count: 7 }] })
      const prefixed = read(response, { search_options: { facets: [{ field: "format", query: "HARD" }] } })
      expect(prefixed.facets?.format).toEqual({ type: "value", values: [{ value: "hardback", count: 3 }] })
    })

    it("range and stats facets, counted from the full distribution", () => {
      const result = read(response, {
        search_options: {
          facets: [
            { field: "price", type: "range", ranges: [{ to: 10 }, { key: "mid", from: 10, to: 20 }, { from: 20 }] },
            { field: "price", type: "stats" },
          ],
        },
      })
      expect(result.facets?.price).toEqual({
        type: "stats",
        min: 4.99,
        max: 25,
        count: 11,
        sum: 2 * 4.99 + 5 * 9.99 + 3 * 12.5 + 25,
        avg: (2 * 4.99 + 5 * 9.99 + 3 * 12.5 + 25) / 11,
      })
      const ranges = read(response, {
        search_options: { facets: [{ field: "price", type: "range", ranges: [{ to: 10 }, { key: "mid", from: 10, to: 20 }, { from: 20 }] }] },
      })
      expect(ranges.facets?.price).toEqual({
        type: "range",
        ranges: [
          { key: "*-10", from: undefined, to: 10, count: 7 },
          { key: "mid", from: 10, to: 20, count: 3 },
          { key: "20-*", from: 20, to: undefined, count: 1 },
        ],
      })
    })

    it("range facets on dates compare epoch ms but echo the requested bounds", () => {
      const result = read(response, {
        search_options: { facets: [{ field: "published_at", type: "range", ranges: [{ key: "recent", from: "2020-01-01" }] }] },
      })
      expect(result.facets?.published_at).toEqual({
        type: "range",
        ranges: [{ key: "recent", from: "2020-01-01", to: undefined, count: 2 }],
      })
    })

    it("refuses range, stats, alphabetical and prefix facets when Meilisearch cut the values short", () => {
      const small = { ...limits, max_values_per_facet: 4 }
      expect(() => read(response, { search_options: { facets: [{ field: "price", type: "stats" }] } }, small)).toThrow(
        'Meilisearch returned only the 4 most frequent values of "price", so it cannot compute stats facets exactly'
      )
      expect(() => read(response, { search_options: { facets: [{ field: "format", sort: "alpha", limit: 2 }] } }, small)).toThrow(
        /cannot compute an alphabetical facet exactly/
      )
      // The most frequent values are what a count-ordered facet needs, so that one still works.
      expect(read(response, { search_options: { facets: [{ field: "format", limit: 1 }] } }, small).facets?.format).toEqual({
        type: "value",
        values: [{ value: "paperback", count: 12 }],
      })
    })
  })
})
