import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "./client"
import { IndexPlan, isFacetable, isSearchable, searchWeight, unsupported } from "./plan"

/** Engine-wide limits the provider sets on every index (see the provider options). */
export type MeilisearchLimits = {
  /** The deepest hit a query can reach (skip + take); Meilisearch's own default is 1,000. */
  max_total_hits: number
  /** The most values one facet can return; range and stats facets need every value. */
  max_values_per_facet: number
}

/**
 * `sort` first: a query that names an order gets hits strictly in that order (relevance breaks
 * ties), as on the Postgres provider. A query without an order is ranked by relevance alone.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** Meilisearch's own defaults for the word lengths that tolerate one and two typos. */
const DEFAULT_MIN_WORD_SIZE = { oneTypo: 5, twoTypos: 9 }

/** Refuses, at `upsertIndex` (so at startup), a definition Meilisearch cannot hold. */
export function assertIndexSupported(plan: IndexPlan): void {
  for (const field of plan.fields.values()) {
    if (field.definition.type === "geo") {
      unsupported(
        `Meilisearch cannot hold geo field "${field.path}" of search index "${plan.index}": it only geo-filters a top-level "_geo" attribute`
      )
    }
  }
}

/**
 * The index settings for a definition. Every setting the provider manages is sent explicitly, so
 * updating an existing index resets what a previous definition left behind.
 *
 * - searchableAttributes: searchable fields, highest `weight` first (Meilisearch ranks by this
 *   order, so equal weights still rank in declaration order).
 * - filterableAttributes: filterable and facetable fields (facets need it) plus the primary key.
 * - sortableAttributes: sortable single-valued fields.
 * - typoTolerance: searchable `keyword` fields (ISBN, SKU, handle) always match exactly.
 */
export function buildSettings(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "settings">,
  plan: IndexPlan,
  limits: MeilisearchLimits
): Settings {
  const fields = [...plan.fields.values()]
  const typo = definition.settings.typo_tolerance ?? {}

  const searchable = fields
    .filter((field) => isSearchable(field.definition))
    .map((field, order) => ({ field, order, weight: searchWeight(field.definition) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ field }) => field.attribute)

  const filterable = unique([
    ...fields
      .filter((field) => field.definition.filterable || isFacetable(field.definition))
      .map((field) => field.attribute),
    plan.primary_key,
  ])

  const sortable = fields
    .filter((field) => field.definition.sortable && !field.is_array)
    .map((field) => field.attribute)

  const exact = unique([
    ...fields
      .filter((field) => field.definition.type === "keyword" && isSearchable(field.definition))
      .map((field) => field.attribute),
    ...(typo.disabled_on_attributes ?? []).map((path) => attributeOf(plan, path, "typo_tolerance")),
  ])

  const distinct = definition.settings.distinct_attribute
  const overrides = definition.settings.provider_options?.meilisearch ?? {}

  return {
    searchableAttributes: searchable,
    filterableAttributes: filterable,
    sortableAttributes: sortable,
    distinctAttribute: distinct ? attributeOf(plan, distinct, "distinct_attribute") : null,
    rankingRules: RANKING_RULES,
    typoTolerance: {
      enabled: typo.enabled ?? true,
      disableOnAttributes: exact,
      minWordSizeForTypos: {
        oneTypo: typo.min_word_size_for_one_typo ?? DEFAULT_MIN_WORD_SIZE.oneTypo,
        twoTypos: typo.min_word_size_for_two_typos ?? DEFAULT_MIN_WORD_SIZE.twoTypos,
      },
    },
    faceting: {
      maxValuesPerFacet: limits.max_values_per_facet,
      // Facet values come back most frequent first, so a `limit` keeps the top values.
      sortFacetValuesBy: { "*": "count" },
    },
    pagination: { maxTotalHits: limits.max_total_hits },
    // Escape hatch for what the definition does not model (synonyms, stop words…).
    ...(overrides as Settings),
  }
}

function attributeOf(plan: IndexPlan, path: string, setting: string): string {
  const field = plan.fields.get(path)
  if (!field) {
    unsupported(`settings.${setting} names unknown field "${path}" on search index "${plan.index}"`)
  }
  return field.attribute
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
