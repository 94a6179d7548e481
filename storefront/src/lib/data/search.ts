import "server-only"
import type { Region } from "../catalogue/region"
import { mediaSrc } from "../catalogue/media"
import { medusaBackendUrl } from "../sdk"
import { storeFetch } from "./store-fetch"
import {
  countBody,
  pageCount,
  popularBody,
  relaxedQueries,
  reshapeFacets,
  reshapeHit,
  resultsBody,
  suggestionsBody,
  type FacetGroup,
  type RawResult,
  type SearchBook,
  type StoreSearchBody,
} from "@/modules/search/search-request"
import { maxPage, type SearchState } from "@/modules/search/search-state"

/**
 * Book search through the backend's `POST /store/search` (the Search Module's store route,
 * scoped there to published books of the storefront's sales channel). Never cached: search
 * answers must follow catalogue changes within seconds, and they are cheap for the engine.
 */
type SearchResponse = { results: RawResult[] }

async function post(queries: StoreSearchBody[]): Promise<RawResult[]> {
  const { results } = await storeFetch<SearchResponse>("/store/search", {
    method: "POST",
    body: queries.length === 1 ? queries[0] : { queries },
    cache: "no-store",
    signal: AbortSignal.timeout(8000),
  })
  return results
}

const coverUrl = (stored: string | null) => mediaSrc(stored, medusaBackendUrl)

function books(result: RawResult | undefined, region: Region): SearchBook[] {
  return (result?.hits ?? []).flatMap((hit) => reshapeHit(hit, region.currencyCode, coverUrl) ?? [])
}

export type SearchPage = {
  books: SearchBook[]
  count: number
  facets: FacetGroup[]
  page: number
  pageCount: number
}

/** One page of results for the results page, with its filter groups. */
export async function searchBooks(state: SearchState, region: Region): Promise<SearchPage> {
  const [result] = await post([resultsBody(state, region.currencyCode)])
  const count = result?.metadata?.count ?? 0
  return {
    books: books(result, region),
    count,
    facets: reshapeFacets(result?.facets, state),
    page: state.page,
    // Deeper pages than this are not offered (refine the search instead).
    pageCount: Math.min(pageCount(count), maxPage),
  }
}

/** The typeahead's few suggestions. */
export async function suggestBooks(q: string, region: Region): Promise<SearchBook[]> {
  const [result] = await post([suggestionsBody(q, region.currencyCode)])
  return books(result, region)
}

/** What the "nothing found" page offers instead: books in stock, newest first. */
export async function popularBooks(region: Region): Promise<SearchBook[]> {
  const [result] = await post([popularBody(region.currencyCode)])
  return books(result, region)
}

/**
 * A query that finds something when this one found nothing ("did you mean …"): the query
 * without the word that sank it, the one with the most books. Null when there is none.
 */
export async function didYouMean(q: string): Promise<string | null> {
  const candidates = relaxedQueries(q)
  if (!candidates.length) return null
  const results = await post(candidates.map(countBody))
  let best: string | null = null
  let bestCount = 0
  for (const [i, candidate] of candidates.entries()) {
    const count = results[i]?.metadata?.count ?? 0
    if (count > bestCount) {
      best = candidate
      bestCount = count
    }
  }
  return best
}
