import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchParams } from "./client"
import { type FacetRequest, facetRequest } from "./facets"
import { compileFilter } from "./filters"
import { IndexPlan, PlannedField, isFacetable, isSearchable, resolveField, unsupported } from "./plan"
import type { MeilisearchLimits } from "./settings"

const DEFAULT_TAKE = 20

/** One search, translated: the request body plus what `results.ts` needs to read the answer. */
export type MeilisearchQuery = {
  index: string
  params: SearchParams
  facets: FacetRequest[]
  highlight_fields: string[]
  count: SearchTypes.SearchCountStrategy
  skip: number
  take: number
}

/**
 * Translates one provider query into a Meilisearch search request body.
 *
 * - pagination: `offset`/`limit`; with `count: "exact"`, `page`/`hitsPerPage` (Meilisearch's
 *   exhaustive count), which needs `skip` to be a multiple of `take`.
 * - order: `attribute:asc|desc`; `_score` (relevance) only as the last, descending key.
 * - match_strategy: "all" and "last" both become Meilisearch's "all", which already reads the
 *   last word as a prefix (typeahead); "any" has no Meilisearch equivalent and is refused.
 */
export function buildSearchQuery(
  input: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan,
  limits: MeilisearchLimits
): MeilisearchQuery {
  const options = input.search_options ?? {}
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? DEFAULT_TAKE
  const count = options.count ?? "estimated"
  const q = input.q?.trim() || undefined
  const searchable = [...plan.fields.values()].filter((field) => isSearchable(field.definition))

  if (input.pagination?.cursor !== undefined) {
    unsupported("Meilisearch cannot paginate with a cursor; use skip and take")
  }
  if (options.vector) {
    unsupported("The Meilisearch provider does not run vector searches (search_options.vector)")
  }
  if (skip + take > limits.max_total_hits) {
    unsupported(
      `Meilisearch serves only the first ${limits.max_total_hits} hits of a query (pagination.maxTotalHits); skip ${skip} + take ${take} goes past them`
    )
  }
  if (q && !searchable.length) {
    unsupported(`Search index "${plan.index}" has no searchable fields, so it cannot be queried by text`)
  }

  const params: SearchParams = {
    ...(q ? { q } : {}),
    ...pagination(count, skip, take),
    attributesToRetrieve: [...new Set([plan.primary_key, ...input.attributes_to_retrieve])],
  }

  const filter = compileFilter(input.filters, plan)
  if (filter) {
    params.filter = filter
  }
  const sort = sortClauses(input.pagination?.order, plan)
  if (sort.length) {
    params.sort = sort
  }
  const facets = (options.facets ?? []).map((request) => facetRequest(request, plan, limits))
  if (facets.length) {
    params.facets = [...new Set(facets.map((facet) => facet.field.attribute))]
  }

  let highlightFields: string[] = []
  if (q) {
    params.matchingStrategy = matchingStrategy(options.match_strategy)
    assertTypoToleranceHonoured(options, input.index)
    if (options.attributes_to_search_on?.length) {
      params.attributesToSearchOn = options.attributes_to_search_on.map(
        (path) => searchableField(plan, path).attribute
      )
    }
    if (options.highlight) {
      highlightFields = highlight(params, options, searchable)
    }
  }

  if (options.distinct) {
    const field = resolveField(plan, options.distinct, "search_options.distinct")
    if (!field.definition.filterable && !isFacetable(field.definition)) {
      unsupported(
        `Meilisearch can deduplicate only by a filterable field, and "${options.distinct}" is not filterable on search index "${plan.index}"`
      )
    }
    params.distinct = field.attribute
  }
  if (options.min_score !== undefined) {
    if (options.min_score < 0 || options.min_score > 1) {
      unsupported(`Meilisearch scores hits between 0 and 1, so min_score ${options.min_score} cannot apply`)
    }
    params.rankingScoreThreshold = options.min_score
  }
  if (options.include_score) {
    params.showRankingScore = true
  }
  if (options.locales?.length) {
    params.locales = options.locales
  }

  return {
    index: input.index.physical_name,
    params: { ...params, ...(options.provider_options?.meilisearch ?? {}) },
    facets,
    highlight_fields: highlightFields,
    count,
    skip,
    take,
  }
}

/** Meilisearch's highlighting: tags around matches, optionally cropped to a snippet. */
function highlight(
  params: SearchParams,
  options: SearchTypes.SearchOptions,
  searchable: PlannedField[]
): string[] {
  const requested: Partial<SearchTypes.SearchHighlightOptions> =
    options.highlight === true || !options.highlight ? {} : options.highlight
  const fields =
    requested.fields ?? options.attributes_to_search_on ?? searchable.map((field) => field.path)
  params.attributesToHighlight = fields
  params.highlightPreTag = requested.pre_tag ?? "<mark>"
  params.highlightPostTag = requested.post_tag ?? "</mark>"
  if (requested.snippet) {
    params.attributesToCrop = fields
    if (typeof requested.snippet === "object") {
      params.cropLength = requested.snippet.length
    }
  }
  return fields
}

function pagination(
  count: SearchTypes.SearchCountStrategy,
  skip: number,
  take: number
): Pick<SearchParams, "offset" | "limit" | "page" | "hitsPerPage"> {
  if (count !== "exact") {
    return { offset: skip, limit: take }
  }
  if (take === 0 ? skip !== 0 : skip % take !== 0) {
    unsupported(
      `Meilisearch counts hits exactly only page by page: with count "exact", skip (${skip}) must be a multiple of take (${take})`
    )
  }
  return { hitsPerPage: take, page: take === 0 ? 1 : skip / take + 1 }
}

function sortClauses(
  order: Record<string, SearchTypes.SearchOrderBy> | undefined,
  plan: IndexPlan
): string[] {
  const entries = Object.entries(order ?? {})
  const clauses: string[] = []
  entries.forEach(([path, direction], position) => {
    if (path === "_score") {
      if (direction === "ASC") {
        unsupported("Meilisearch cannot order hits by ascending relevance (_score ASC)")
      }
      if (position !== entries.length - 1) {
        unsupported(
          "Meilisearch ranks by relevance only after the fields it sorts by: put _score last in pagination.order"
        )
      }
      return
    }
    const field = resolveField(plan, path, "pagination.order")
    if (!field.definition.sortable) {
      unsupported(`Field "${path}" is not sortable on search index "${plan.index}"`)
    }
    if (field.is_array) {
      unsupported(`Meilisearch cannot sort by the array field "${path}"`)
    }
    clauses.push(`${field.attribute}:${direction === "ASC" ? "asc" : "desc"}`)
  })
  return clauses
}

function matchingStrategy(strategy: SearchTypes.SearchMatchStrategy | undefined): "all" {
  if (strategy === "any") {
    unsupported(
      `Meilisearch cannot match documents holding any one of the terms (match_strategy "any"): its strategies drop query terms in a fixed order, so some of those documents would be missed`
    )
  }
  return "all"
}

function assertTypoToleranceHonoured(
  options: SearchTypes.SearchOptions,
  index: SearchTypes.ResolvedSearchIndexDefinition
): void {
  if (options.typo_tolerance === false && (index.settings.typo_tolerance?.enabled ?? true)) {
    unsupported(
      `Meilisearch cannot turn typo tolerance off for one query; set settings.typo_tolerance.enabled to false on search index "${index.name}"`
    )
  }
}

function searchableField(plan: IndexPlan, path: string): PlannedField {
  const field = resolveField(plan, path, "search_options.attributes_to_search_on")
  if (!isSearchable(field.definition)) {
    unsupported(`Field "${path}" is not searchable on search index "${plan.index}"`)
  }
  return field
}
