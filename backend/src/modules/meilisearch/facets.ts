import type { SearchTypes } from "@medusajs/framework/types"
import type { FacetDistribution, FacetStats } from "./client"
import { IndexPlan, PlannedField, isFacetable, resolveField, toEpochMs, unsupported } from "./plan"
import type { MeilisearchLimits } from "./settings"

const DEFAULT_FACET_LIMIT = 10

export type FacetRequest =
  | { type: "value"; field: PlannedField; limit: number; sort: "count" | "alpha"; query?: string }
  | {
      type: "range"
      field: PlannedField
      ranges: { key: string; from?: number | string; to?: number | string }[]
    }
  | { type: "stats"; field: PlannedField }

/**
 * A facet as the module asks for it, checked against what Meilisearch can compute. Meilisearch
 * itself only returns value counts (`facetDistribution`) and min/max (`facetStats`); range and
 * stats facets are computed here from the full distribution.
 */
export function facetRequest(
  request: string | SearchTypes.SearchFacetRequest,
  plan: IndexPlan,
  limits: MeilisearchLimits
): FacetRequest {
  const normalized =
    typeof request === "string" ? { field: request, type: "value" as const } : request
  const field = resolveField(plan, normalized.field, "search_options.facets")
  if (plan.strict && !isFacetable(field.definition)) {
    unsupported(`Field "${field.path}" is not facetable on search index "${plan.index}"`)
  }

  if (normalized.type === "range" || normalized.type === "stats") {
    if (!field.is_numeric) {
      const kind = normalized.type === "range" ? "Range" : "Stats"
      unsupported(`${kind} facets need a number or date field ("${field.path}")`)
    }
    if (normalized.type === "stats") {
      return { type: "stats", field }
    }
    return {
      type: "range",
      field,
      ranges: normalized.ranges.map((range) => ({
        key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
        from: range.from,
        to: range.to,
      })),
    }
  }

  const limit = normalized.limit ?? DEFAULT_FACET_LIMIT
  if (limit > limits.max_values_per_facet) {
    unsupported(
      `Meilisearch returns at most ${limits.max_values_per_facet} values per facet (faceting.maxValuesPerFacet), so a limit of ${limit} on "${field.path}" cannot be served`
    )
  }
  return { type: "value", field, limit, sort: normalized.sort ?? "count", query: normalized.query }
}

/**
 * Reads one facet back from the response. Meilisearch returns the most frequent
 * `maxValuesPerFacet` values; counting ranges or stats, or picking values alphabetically or by
 * prefix, needs all of them, so a cut-short distribution is refused rather than miscounted.
 */
export function toFacetResult(
  request: FacetRequest,
  distributions: FacetDistribution | undefined,
  stats: FacetStats | undefined,
  limits: MeilisearchLimits
): SearchTypes.SearchFacetResult {
  const distribution = distributions?.[request.field.attribute] ?? {}
  const entries = Object.entries(distribution)
  const complete = entries.length < limits.max_values_per_facet
  const needsAll = (what: string): void => {
    if (!complete) {
      unsupported(
        `Meilisearch returned only the ${limits.max_values_per_facet} most frequent values of "${request.field.path}", so it cannot compute ${what} exactly`
      )
    }
  }

  if (request.type === "value") {
    if (request.query !== undefined || request.sort === "alpha") {
      needsAll(request.query !== undefined ? "a facet filtered by query" : "an alphabetical facet")
    }
    const prefix = request.query?.toLowerCase()
    const values = entries
      .filter(([value]) => prefix === undefined || value.toLowerCase().startsWith(prefix))
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        request.sort === "alpha"
          ? a.value.localeCompare(b.value)
          : b.count - a.count || a.value.localeCompare(b.value)
      )
    return { type: "value", values: values.slice(0, request.limit) }
  }

  needsAll(`${request.type} facets`)
  const numeric = entries.map(([value, count]) => ({ value: Number(value), count }))

  if (request.type === "range") {
    const bound = (value: number | string | undefined): number | undefined =>
      value === undefined
        ? undefined
        : request.field.is_date
          ? toEpochMs(value)
          : Number(value)
    return {
      type: "range",
      ranges: request.ranges.map((range) => {
        const from = bound(range.from)
        const to = bound(range.to)
        const count = numeric
          .filter(({ value }) => (from === undefined || value >= from) && (to === undefined || value < to))
          .reduce((sum, entry) => sum + entry.count, 0)
        return { key: range.key, from: range.from, to: range.to, count }
      }),
    }
  }

  const total = numeric.reduce((sum, entry) => sum + entry.count, 0)
  const sum = numeric.reduce((acc, entry) => acc + entry.value * entry.count, 0)
  const minMax = stats?.[request.field.attribute]
  return {
    type: "stats",
    min: minMax?.min ?? 0,
    max: minMax?.max ?? 0,
    ...(total ? { avg: sum / total, sum } : {}),
    count: total,
  }
}
