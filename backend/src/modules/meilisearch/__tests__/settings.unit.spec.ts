import { MedusaError, search } from "@medusajs/framework/utils"
import { toMeilisearchDocuments } from "../documents"
import { buildPlan } from "../plan"
import { RANKING_RULES, assertIndexSupported, buildSettings } from "../settings"
import { bookDefinition, bookPlan, limits } from "./fixtures"

describe("buildSettings: an index definition as Meilisearch index settings", () => {
  it("orders searchable attributes by weight, makes facets filterable and ISBN/SKU exact", () => {
    expect(buildSettings(bookDefinition(), bookPlan, limits)).toEqual({
      // weight 3, 3, 2, 2, 1, 1 — declaration order breaks ties
      searchableAttributes: ["title", "isbn", "subtitle", "contributors", "description", "variants.sku"],
      filterableAttributes: [
        "id",
        "contributors",
        "isbn",
        "format",
        "tags",
        "price",
        "_date_ms.published_at",
        "in_stock",
        "variants.sku",
      ],
      sortableAttributes: ["price", "_date_ms.published_at", "handle"],
      distinctAttribute: null,
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      typoTolerance: {
        enabled: true,
        disableOnAttributes: ["isbn", "variants.sku"],
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      },
      faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 10000 },
    })
    expect(RANKING_RULES[0]).toBe("sort")
  })

  it("maps the definition's typo tolerance, distinct attribute and Meilisearch overrides", () => {
    const definition = bookDefinition({
      settings: {
        typo_tolerance: {
          enabled: false,
          min_word_size_for_one_typo: 4,
          min_word_size_for_two_typos: 8,
          disabled_on_attributes: ["title", "isbn"],
        },
        distinct_attribute: "published_at",
        provider_options: { meilisearch: { synonyms: { marx: ["karl marx"] } } },
      },
    })
    const settings = buildSettings(definition, bookPlan, limits)
    expect(settings.typoTolerance).toEqual({
      enabled: false,
      disableOnAttributes: ["isbn", "variants.sku", "title"],
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    })
    expect(settings.distinctAttribute).toBe("_date_ms.published_at")
    expect(settings.synonyms).toEqual({ marx: ["karl marx"] })
  })

  it("refuses settings that name unknown fields", () => {
    const definition = bookDefinition({ settings: { typo_tolerance: { disabled_on_attributes: ["ean"] } } })
    expect(() => buildSettings(definition, bookPlan, limits)).toThrow(
      'settings.typo_tolerance names unknown field "ean" on search index "book"'
    )
  })
})

describe("index definitions Meilisearch cannot hold", () => {
  it("leaves vector fields out of the plan (reported, as the Postgres provider does)", () => {
    expect(bookPlan.ignored_vectors).toEqual(["embedding"])
    expect(bookPlan.fields.has("embedding")).toBe(false)
  })

  it("refuses geo fields", () => {
    const plan = buildPlan(
      bookDefinition({ fields: search.define({ id: search.keyword(), shop: search.geo() }).toFields() })
    )
    expect(() => assertIndexSupported(plan)).toThrow(/Meilisearch cannot hold geo field "shop"/)
  })

  it("refuses field names its filter and sort syntax cannot hold", () => {
    const fields = { id: { type: "keyword" as const }, "release date": { type: "date" as const } }
    expect(() => buildPlan(bookDefinition({ fields }))).toThrow(MedusaError)
    expect(() => buildPlan(bookDefinition({ fields }))).toThrow(/field "release date"/)
  })
})

describe("toMeilisearchDocuments", () => {
  it("adds an epoch-ms copy of date fields and leaves the document as written", () => {
    const [document] = toMeilisearchDocuments(
      [{ id: "prod_1", title: "The Revolution Betrayed", published_at: "1937-01-01T00:00:00.000Z" }],
      bookPlan
    )
    expect(document).toEqual({
      id: "prod_1",
      title: "The Revolution Betrayed",
      published_at: "1937-01-01T00:00:00.000Z",
      _date_ms: { published_at: -1041379200000 },
    })
  })

  it("refuses a document without its primary key, naming the index", () => {
    expect(() => toMeilisearchDocuments([{ id: "" }], bookPlan)).toThrow(
      'A document written to search index "book" is missing its primary key "id"'
    )
  })
})
