import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, search } from "@medusajs/framework/utils"
import { buildPlan } from "../plan"
import { buildSearchQuery } from "../query"
import { bookDefinition, bookPlan, limits, providerQuery } from "./fixtures"

const build = (overrides: Partial<SearchTypes.ProviderSearchQuery>) =>
  buildSearchQuery(providerQuery(overrides), bookPlan, limits)

describe("buildSearchQuery: a provider query as a Meilisearch search request body", () => {
  it("sends the trimmed text, offset/limit and the attributes to retrieve", () => {
    expect(build({ q: "  trotsky " }).params).toEqual({
      q: "trotsky",
      offset: 0,
      limit: 20,
      attributesToRetrieve: ["id", "title"],
      matchingStrategy: "all",
    })
  })

  it("runs a placeholder search without text, always retrieving the primary key", () => {
    const { params } = build({ q: "   ", attributes_to_retrieve: ["title"] })
    expect(params).toEqual({ offset: 0, limit: 20, attributesToRetrieve: ["id", "title"] })
  })

  it("translates filters, order, facets and search options", () => {
    const query = build({
      q: "marx",
      filters: { format: "paperback", price: { $lte: 15 } },
      pagination: { skip: 40, take: 20, order: { price: "ASC", _score: "DESC" } },
      search_options: {
        facets: ["format", { field: "price", type: "stats" }],
        match_strategy: "last",
        include_score: true,
        min_score: 0.2,
        attributes_to_search_on: ["title", "contributors"],
        distinct: "isbn",
        locales: ["eng"],
      },
    })
    expect(query.params).toEqual({
      q: "marx",
      offset: 40,
      limit: 20,
      attributesToRetrieve: ["id", "title"],
      filter: `format = "paperback" AND price <= 15`,
      sort: ["price:asc"],
      facets: ["format", "price"],
      matchingStrategy: "all",
      attributesToSearchOn: ["title", "contributors"],
      distinct: "isbn",
      rankingScoreThreshold: 0.2,
      showRankingScore: true,
      locales: ["eng"],
    })
    expect(query.facets.map((facet) => [facet.type, facet.field.path])).toEqual([
      ["value", "format"],
      ["stats", "price"],
    ])
    expect(query).toMatchObject({ index: "book_v1", skip: 40, take: 20, count: "estimated" })
  })

  it("sorts dates through their epoch-ms copy and descending as :desc", () => {
    expect(build({ pagination: { order: { published_at: "DESC", handle: "ASC" } } }).params.sort).toEqual([
      "_date_ms.published_at:desc",
      "handle:asc",
    ])
  })

  it("asks for Meilisearch's exhaustive count page by page when the count must be exact", () => {
    const exact = build({ pagination: { skip: 40, take: 20 }, search_options: { count: "exact" } })
    expect(exact.params).toMatchObject({ page: 3, hitsPerPage: 20 })
    expect(exact.params).not.toHaveProperty("offset")
    const facetsOnly = build({ pagination: { skip: 0, take: 0 }, search_options: { count: "exact" } })
    expect(facetsOnly.params).toMatchObject({ page: 1, hitsPerPage: 0 })
  })

  it("highlights the searched fields with the requested tags and snippet", () => {
    const all = build({ q: "state", search_options: { highlight: true } })
    expect(all.params).toMatchObject({
      attributesToHighlight: ["title", "subtitle", "description", "contributors", "isbn", "variants.sku"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    })
    const chosen = build({
      q: "state",
      search_options: { highlight: { fields: ["description"], pre_tag: "<b>", post_tag: "</b>", snippet: { length: 12 } } },
    })
    expect(chosen.params).toMatchObject({
      attributesToHighlight: ["description"],
      highlightPreTag: "<b>",
      highlightPostTag: "</b>",
      attributesToCrop: ["description"],
      cropLength: 12,
    })
    expect(chosen.highlight_fields).toEqual(["description"])
    expect(build({ search_options: { highlight: true } }).params).not.toHaveProperty("attributesToHighlight")
  })

  it("passes search_options.provider_options.meilisearch through as is", () => {
    const { params } = build({ search_options: { provider_options: { meilisearch: { showRankingScoreDetails: true } } } })
    expect(params).toMatchObject({ showRankingScoreDetails: true })
  })

  describe("refuses what Meilisearch cannot do (INVALID_DATA)", () => {
    const sortableArray = buildPlan(
      bookDefinition({
        fields: search.define({ id: search.keyword(), tags: search.keyword().array().sortable() }).toFields(),
      })
    )
    const noSearchable = buildPlan(
      bookDefinition({ fields: search.define({ id: search.keyword().filterable() }).toFields() })
    )

    it.each<[string, () => unknown, RegExp]>([
      ["cursor pagination", () => build({ pagination: { cursor: "abc" } }), /cannot paginate with a cursor/],
      ["vector search", () => build({ search_options: { vector: { value: [1, 2, 3] } } }), /vector searches/],
      [
        "hits past maxTotalHits",
        () => build({ pagination: { skip: 9_990, take: 20 } }),
        /only the first 10000 hits of a query/,
      ],
      [
        "text on an index without searchable fields",
        () => buildSearchQuery(providerQuery({ q: "x" }), noSearchable, limits),
        /has no searchable fields/,
      ],
      ['match_strategy "any"', () => build({ q: "a b", search_options: { match_strategy: "any" } }), /match_strategy "any"/],
      [
        "typo tolerance off for one query",
        () => build({ q: "trotksy", search_options: { typo_tolerance: false } }),
        /cannot turn typo tolerance off for one query/,
      ],
      ["ascending relevance", () => build({ pagination: { order: { _score: "ASC" } } }), /ascending relevance/],
      [
        "relevance before a field",
        () => build({ pagination: { order: { _score: "DESC", price: "ASC" } } }),
        /put _score last/,
      ],
      ["sort by a field not sortable", () => build({ pagination: { order: { tags: "ASC" } } }), /"tags" is not sortable/],
      [
        "sort by an array field",
        () => buildSearchQuery(providerQuery({ pagination: { order: { tags: "ASC" } } }), sortableArray, limits),
        /cannot sort by the array field "tags"/,
      ],
      ["min_score above 1", () => build({ search_options: { min_score: 1.5 } }), /between 0 and 1/],
      ["distinct by a field not filterable", () => build({ search_options: { distinct: "title" } }), /deduplicate only by a filterable field/],
      [
        "a facet limit above maxValuesPerFacet",
        () => build({ search_options: { facets: [{ field: "format", limit: 5_000 }] } }),
        /at most 1000 values per facet/,
      ],
      [
        "a range facet on text",
        () => build({ search_options: { facets: [{ field: "format", type: "range", ranges: [] }] } }),
        /Range facets need a number or date field/,
      ],
      [
        "an exact count off the page grid",
        () => build({ pagination: { skip: 30, take: 20 }, search_options: { count: "exact" } }),
        /skip \(30\) must be a multiple of take \(20\)/,
      ],
    ])("%s", (_name, run, message) => {
      let error: unknown
      try {
        run()
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
      expect((error as MedusaError).message).toMatch(message)
    })

    it("accepts typo_tolerance: false when the index has typo tolerance off anyway", () => {
      const index = bookDefinition({ settings: { typo_tolerance: { enabled: false } } })
      expect(() =>
        buildSearchQuery(providerQuery({ index, q: "x", search_options: { typo_tolerance: false } }), bookPlan, limits)
      ).not.toThrow()
    })
  })
})
