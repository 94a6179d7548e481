import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import { buildPlan } from "../plan"
import type { MeilisearchLimits } from "../settings"

/** A book index shaped like the shop's, written with the Search Module's own DSL. */
export const bookFields = search
  .define({
    id: search.keyword().filterable(),
    title: search.text().searchable({ weight: 3 }),
    subtitle: search.text().searchable({ weight: 2 }),
    description: search.text().searchable(),
    contributors: search.text().array().searchable({ weight: 2 }).filterable().facetable(),
    isbn: search.keyword().searchable({ weight: 3 }).filterable(),
    format: search.keyword().filterable().facetable(),
    tags: search.keyword().array().filterable().facetable(),
    price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
    published_at: search.date().filterable().sortable().facetable(),
    in_stock: search.boolean().filterable(),
    handle: search.keyword().sortable(),
    variants: search.object({ sku: search.keyword().searchable().filterable() }).array(),
    embedding: search.vector(3),
  })
  .toFields()

export function bookDefinition(
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "book",
    entity: "product",
    fields: bookFields,
    primary_key: "id",
    provider: "meilisearch",
    settings: {},
    definition_hash: "test",
    physical_name: "book_v1",
    async *seed() {},
    ...overrides,
  }
}

export const bookPlan = buildPlan(bookDefinition())

export const limits: MeilisearchLimits = { max_total_hits: 10_000, max_values_per_facet: 1_000 }

export function providerQuery(
  overrides: Partial<SearchTypes.ProviderSearchQuery> = {}
): SearchTypes.ProviderSearchQuery {
  return {
    index: bookDefinition(),
    attributes_to_retrieve: ["id", "title"],
    pagination: { skip: 0, take: 20 },
    search_options: {},
    ...overrides,
  }
}
