import "server-only"
import type { Region } from "../catalogue/region"
import { mediaSrc } from "../catalogue/media"
import { medusaBackendUrl } from "../sdk"
import { storeFetch } from "./store-fetch"
import { exactFirst, forgivingPass, foundSomething } from "../search/typos"
import {
  booksIndex,
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
import type { FacetParam } from "@/modules/search/search-state"
import { maxPage, type SearchState } from "@/modules/search/search-state"
import { cacheTags } from "../cache-tags"
import type { BookSummary } from "../catalogue/book"
import { listBooksById } from "./products"
import {
  catalogueBody,
  cataloguePageCount,
  shelfBody,
  type CatalogueState,
} from "@/modules/catalogue/catalogue-state"

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

/** One query, exact first; forgiving typos only when the exact search found nothing (lib/search/typos.ts). */
async function postExactFirst(body: StoreSearchBody): Promise<RawResult | undefined> {
  const exact = exactFirst(body)
  if (exact) {
    const [result] = await post([exact])
    if (foundSomething(result)) return result
  }
  const [result] = await post([forgivingPass(body)])
  return result
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
  const result = await postExactFirst(resultsBody(state, region.currencyCode))
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
  const result = await postExactFirst(suggestionsBody(q, region.currencyCode))
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

/* ------------------------------ browsing (no words) ----------------------------- */

/**
 * The catalogue and series pages browse the same index without words. Those reads are
 * cached under the global catalogue tags (the backend's revalidation hook clears them), and
 * for one minute at most, because the index is written a moment after the hook fires.
 */
const browseCache = { tags: [cacheTags.products, cacheTags.contributors], revalidate: 60 }

async function browse(queries: StoreSearchBody[]): Promise<RawResult[]> {
  const { results } = await storeFetch<SearchResponse>("/store/search", {
    method: "POST",
    body: queries.length === 1 ? queries[0] : { queries },
    cache: "force-cache",
    next: browseCache,
    signal: AbortSignal.timeout(8000),
  })
  return results
}

/**
 * One page of the catalogue (or of a series): 24 books, the total, and the facet counts.
 * Only that page is fetched, however many titles match; `pageCount` is the real last page.
 */
export type CataloguePage = Omit<SearchPage, "books"> & { books: BookSummary[] }

/**
 * The books of a page of hits as cards show them (formats, prices for the region, stock, the
 * add-to-cart choices), in the engine's order: one product read for the page's ids.
 */
async function cards(result: RawResult | undefined, region: Region): Promise<BookSummary[]> {
  const ids = (result?.hits ?? []).map((hit) => hit.id)
  if (ids.length === 0) return []
  const byId = new Map((await listBooksById(ids, region, [])).map((book) => [book.id, book]))
  // A book unpublished since the index last heard of it is simply left out.
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export async function browseBooks(
  state: CatalogueState,
  region: Region,
  fixed: Partial<Record<FacetParam, string[]>> = {}
): Promise<CataloguePage> {
  const [result] = await browse([catalogueBody(state, region.currencyCode)])
  const count = result?.metadata?.count ?? 0
  const fixedParams = new Set(Object.keys(fixed))
  return {
    books: await cards(result, region),
    count,
    facets: reshapeFacets(result?.facets, state).filter((group) => !fixedParams.has(group.param)),
    page: state.page,
    pageCount: cataloguePageCount(count, state.perPage),
  }
}

export type Shelf = { books: BookSummary[]; count: number }

/** A few books for the home page, in one request per shelf. */
export async function bookShelves(
  region: Region,
  shelves: {
    filters: Partial<Record<FacetParam, string[]>>
    order: Record<string, "ASC" | "DESC">
    take: number
  }[]
): Promise<Shelf[]> {
  if (!shelves.length) return []
  const results = await browse(
    shelves.map((shelf) => shelfBody(region.currencyCode, shelf.filters, shelf.order, shelf.take))
  )
  return Promise.all(
    shelves.map(async (_, i) => ({ books: await cards(results[i], region), count: results[i]?.metadata?.count ?? 0 }))
  )
}

/** Book counts per series title (the series facet of the whole catalogue). */
export async function seriesCounts(): Promise<Map<string, number>> {
  const [result] = await browse([
    {
      entity: booksIndex,
      fields: ["id"],
      filters: {},
      pagination: { skip: 0, take: 0 },
      search_options: { facets: [{ field: "series", limit: 100 }] },
    },
  ])
  return new Map((result?.facets?.series?.values ?? []).map(({ value, count }) => [value, count]))
}

export type BookHandle = { handle: string; publishedAt: string | null }

/** Most books one sitemap request pages through (the store route's own limit). */
const handlesPerRequest = 100

function handlesBody(skip: number, take: number): StoreSearchBody {
  return {
    entity: booksIndex,
    fields: ["id", "handle", "published_at"],
    filters: {},
    pagination: { skip, take, order: { id: "ASC" } },
    search_options: {},
  }
}

/** How many books are listed (for the sitemap index). */
export async function countListedBooks(): Promise<number> {
  const [result] = await browse([handlesBody(0, 0)])
  return result?.metadata?.count ?? 0
}

/**
 * The handles of the listed books at positions [from, to) in id order (so a book listed
 * meanwhile cannot shift the pages much), for a sitemap file: read 100 at a time, a few
 * requests at once, never more than the range.
 */
export async function listBookHandles({ from, to }: { from: number; to: number }, concurrency = 4): Promise<BookHandle[]> {
  const count = await countListedBooks()
  const skips: number[] = []
  for (let skip = from; skip < Math.min(to, count); skip += handlesPerRequest) skips.push(skip)
  const pages: (RawResult | undefined)[] = []
  for (let i = 0; i < skips.length; i += concurrency) {
    const batch = skips.slice(i, i + concurrency)
    const results = await Promise.all(
      batch.map((skip) => browse([handlesBody(skip, Math.min(handlesPerRequest, to - skip))]).then(([r]) => r))
    )
    pages.push(...results)
  }
  return pages.flatMap((result) =>
    (result?.hits ?? []).flatMap((hit) => {
      const handle = typeof hit.document?.handle === "string" ? hit.document.handle : null
      const published = typeof hit.document?.published_at === "string" ? hit.document.published_at : null
      return handle ? [{ handle, publishedAt: published }] : []
    })
  )
}
