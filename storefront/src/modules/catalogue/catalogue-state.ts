/**
 * The catalogue (`/gb/books`) and series pages as their URL holds them:
 * `/gb/books?format=ebook&author=Alan%20Woods&sort=price-asc&page=2`. A query-less browse of
 * the books search index, so filters, facet counts, sort and pagination come from the engine
 * (server-side: one page of 24 per request, however many titles there are).
 *
 * Parsing is defensive (unknown sorts, odd pages and over-long values are dropped) and every
 * link is built from the parsed state, so the URL is the only state there is.
 */
import { pageSize, resultsBody, type StoreSearchBody } from "@/modules/search/search-request"
import {
  cleanText,
  emptyFilters,
  facetParamNames,
  type FacetParam,
  type RawSearchParams,
  type SearchState,
  toggleFilter,
} from "@/modules/search/search-state"

export const catalogueSorts = ["newest", "title", "price-asc", "price-desc"] as const
export type CatalogueSort = (typeof catalogueSorts)[number]
export const defaultSort: CatalogueSort = "newest"

export const sortLabels: Record<CatalogueSort, string> = {
  newest: "Newest",
  title: "Title (A–Z)",
  "price-asc": "Price (low to high)",
  "price-desc": "Price (high to low)",
}

/** Books per page the reader can choose; 24 unless the URL says otherwise. */
export const perPageOptions = [12, 24, 48] as const
export type PerPage = (typeof perPageOptions)[number]
export const defaultPerPage: PerPage = pageSize as PerPage

/** A search state without words; `sort` is one of the catalogue's sorts. */
export type CatalogueState = SearchState & { sort: CatalogueSort; perPage: PerPage }

const maxValueLength = 120
const maxValuesPerFacet = 10
/** No page beyond this is asked for (100,000 titles at 24 a page); past the last page we show the last. */
export const maxCataloguePage = 5000

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/**
 * The state a catalogue URL describes. `fixed` filters belong to the page itself (a series
 * page's series): they are applied whatever the URL says and never appear in it.
 */
export function parseCatalogueParams(
  params: RawSearchParams,
  fixed: Partial<Record<FacetParam, string[]>> = {}
): CatalogueState {
  const filters = emptyFilters()
  for (const name of facetParamNames) {
    const pinned = fixed[name]
    if (pinned) {
      filters[name] = [...pinned]
      continue
    }
    const values = asList(params[name]).map((value) => cleanText(value, maxValueLength)).filter(Boolean)
    filters[name] = [...new Set(values)].slice(0, maxValuesPerFacet)
  }
  const sortParam = asList(params.sort)[0] ?? ""
  const sort = (catalogueSorts as readonly string[]).includes(sortParam) ? (sortParam as CatalogueSort) : defaultSort
  const perPageParam = Number(asList(params.per)[0])
  const perPage = (perPageOptions as readonly number[]).includes(perPageParam) ? (perPageParam as PerPage) : defaultPerPage
  return { q: "", filters, sort, page: parsePage(asList(params.page)[0]), perPage }
}

export function parsePage(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,6}$/.test(raw.trim())) return 1
  const page = Number(raw.trim())
  return page >= 1 ? Math.min(page, maxCataloguePage) : 1
}

/**
 * The URL of a state under `basePath` ("/gb/books", "/gb/series/classics-of-marxism").
 * Defaults and the page's fixed filters are left out, so URLs stay short and shareable.
 */
export function catalogueHref(
  basePath: string,
  state: CatalogueState,
  fixed: Partial<Record<FacetParam, string[]>> = {}
): string {
  const params = new URLSearchParams()
  for (const name of facetParamNames) {
    if (fixed[name]) continue
    for (const value of state.filters[name]) params.append(name, value)
  }
  if (state.sort !== defaultSort) params.set("sort", state.sort)
  if (state.perPage !== defaultPerPage) params.set("per", String(state.perPage))
  if (state.page > 1) params.set("page", String(state.page))
  const query = params.toString()
  return `${basePath}${query ? `?${query}` : ""}`
}

/** How many pages `count` books fill (at least one, so an empty catalogue has a page 1). */
export function cataloguePageCount(count: number, perPage: number = defaultPerPage): number {
  return Math.max(1, Math.min(Math.ceil(Math.max(0, count) / perPage), maxCataloguePage))
}

export function withCataloguePage(state: CatalogueState, page: number): CatalogueState {
  return { ...state, page: Math.max(1, Math.min(Math.trunc(page), maxCataloguePage)) }
}

/** The state with one filter value switched on or off (back to the first page). */
export function toggleCatalogueFilter(state: CatalogueState, name: FacetParam, value: string): CatalogueState {
  return { ...toggleFilter(state, name, value), sort: state.sort, perPage: state.perPage }
}

/** No filters but the page's own (a series page keeps its series), back to page 1. */
export function clearCatalogueFilters(
  state: CatalogueState,
  fixed: Partial<Record<FacetParam, string[]>> = {}
): CatalogueState {
  return { ...state, filters: { ...emptyFilters(), ...fixed }, page: 1 }
}

/** The same filters and sort, another page size, back to page 1. */
export function withPerPage(state: CatalogueState, perPage: PerPage): CatalogueState {
  return { ...state, perPage, page: 1 }
}

/** The same filters, other sort, back to page 1. */
export function withSort(state: CatalogueState, sort: CatalogueSort): CatalogueState {
  return { ...state, sort, page: 1 }
}

/**
 * The engine query for a catalogue page (ids only): the results query of the search page with no words,
 * plus the book id as the last sort key, so books that tie (same price, same date) keep one
 * order and no book is shown on two pages or on none.
 */
export function catalogueBody(state: CatalogueState, currencyCode: string): StoreSearchBody {
  const body = resultsBody(state, currencyCode)
  const order = body.pagination.order ?? {}
  return {
    ...body,
    // Only ids: the cards are read from the products API (prices, formats, stock for the region).
    fields: ["id"],
    pagination: { skip: (state.page - 1) * state.perPage, take: state.perPage, order: { ...order, id: "ASC" } },
  }
}

/** A small shelf of books (the home page): no facets, one page, in the given order (id breaks ties). */
export function shelfBody(
  currencyCode: string,
  filters: Partial<Record<FacetParam, string[]>>,
  order: Record<string, "ASC" | "DESC">,
  take: number
): StoreSearchBody {
  const state: CatalogueState = {
    q: "",
    filters: { ...emptyFilters(), ...filters },
    sort: defaultSort,
    page: 1,
    perPage: defaultPerPage,
  }
  const body = resultsBody(state, currencyCode)
  return {
    ...body,
    fields: ["id"],
    pagination: { skip: 0, take, order: { ...order, id: "ASC" } },
    search_options: {},
  }
}
