import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import type { Hit, SearchResponse } from "./client"
import { toFacetResult } from "./facets"
import type { MeilisearchQuery } from "./query"
import type { MeilisearchLimits } from "./settings"

type Response = Pick<
  SearchResponse,
  "hits" | "processingTimeMs" | "facetDistribution" | "facetStats"
> & { estimatedTotalHits?: number; totalHits?: number }

/**
 * Reads a Meilisearch search response back into the module's result: hits keyed by the primary
 * key and projected to the requested attributes, facets in the module's shapes, and the count the
 * query asked for (`estimatedTotalHits`, `totalHits` for an exact count, or null).
 */
export function toSearchResult(
  response: Response,
  query: MeilisearchQuery,
  input: Pick<SearchTypes.ProviderSearchQuery, "q" | "attributes_to_retrieve" | "search_options"> & {
    index: Pick<SearchTypes.ResolvedSearchIndexDefinition, "primary_key">
  },
  limits: MeilisearchLimits
): SearchTypes.SearchResult {
  const includeScore = !!input.search_options?.include_score
  const facets = query.facets.length
    ? Object.fromEntries(
        query.facets.map((request) => [
          request.field.path,
          toFacetResult(request, response.facetDistribution, response.facetStats, limits),
        ])
      )
    : undefined

  return {
    hits: response.hits.map((hit) => ({
      id: String(hit[input.index.primary_key]),
      ...(includeScore ? { score: hit._rankingScore } : {}),
      document: projectDocument(hit, input.attributes_to_retrieve),
      ...(query.highlight_fields.length ? { highlights: highlights(hit, query.highlight_fields) } : {}),
    })),
    ...(facets ? { facets } : {}),
    metadata: {
      skip: query.skip,
      take: query.take,
      count:
        query.count === "none"
          ? null
          : query.count === "exact"
            ? response.totalHits ?? null
            : response.estimatedTotalHits ?? response.totalHits ?? null,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}

function highlights(hit: Hit, fields: string[]): Record<string, string[]> {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>
  const result: Record<string, string[]> = {}
  for (const path of fields) {
    const values = readDocumentPath(formatted, path.split("."))
    if (values.length) {
      result[path] = values.map(String)
    }
  }
  return result
}
