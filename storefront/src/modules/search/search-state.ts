/**
 * A search as the URL holds it: `/gb/search?q=lenin&format=ebook&subject=History&sort=newest&page=2`.
 * Parsing is defensive (anything odd is dropped, everything is length-capped), and every link
 * on the results page is built from the parsed state, so the URL is the only state there is.
 */

/** Longest query sent to the backend; longer input is cut, not refused. */
export const maxQueryLength = 100
const maxValueLength = 120
const maxValuesPerFacet = 10
export const maxPage = 50

/** URL parameter → index field, in the order the filters are shown. */
export const facetParams = {
  format: "formats",
  availability: "availability",
  subject: "subjects",
  series: "series",
  author: "contributors",
  year: "publication_year",
} as const
export type FacetParam = keyof typeof facetParams
export const facetParamNames = Object.keys(facetParams) as FacetParam[]

export const sortOptions = ["relevance", "newest", "title", "price-asc", "price-desc"] as const
export type SortOption = (typeof sortOptions)[number]

export type SearchState = {
  q: string
  filters: Record<FacetParam, string[]>
  sort: SortOption
  page: number
}

export type RawSearchParams = Record<string, string | string[] | undefined>

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Collapses whitespace and drops control characters; "" when nothing is left. */
export function cleanText(value: string, maxLength: number): string {
  return value
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim()
}

export function emptyFilters(): Record<FacetParam, string[]> {
  return Object.fromEntries(facetParamNames.map((name) => [name, []])) as unknown as Record<FacetParam, string[]>
}

export function parseSearchParams(params: RawSearchParams): SearchState {
  const q = cleanText(asList(params.q)[0] ?? "", maxQueryLength)
  const filters = emptyFilters()
  for (const name of facetParamNames) {
    const values = asList(params[name]).map((value) => cleanText(value, maxValueLength)).filter(Boolean)
    filters[name] = [...new Set(values)].slice(0, maxValuesPerFacet)
  }
  const sortParam = asList(params.sort)[0]
  const sort = (sortOptions as readonly string[]).includes(sortParam ?? "") ? (sortParam as SortOption) : "relevance"
  const page = Number.parseInt(asList(params.page)[0] ?? "1", 10)
  return { q, filters, sort, page: Number.isInteger(page) && page >= 1 ? Math.min(page, maxPage) : 1 }
}

export function hasFilters(state: SearchState): boolean {
  return facetParamNames.some((name) => state.filters[name].length > 0)
}

/** The results page's URL for a state (defaults left out, so URLs stay short and shareable). */
export function searchHref(countryCode: string, state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  for (const name of facetParamNames) for (const value of state.filters[name]) params.append(name, value)
  if (state.sort !== "relevance") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  const query = params.toString()
  return `/${countryCode}/search${query ? `?${query}` : ""}`
}

/** The state with one filter value switched on or off (back to the first page). */
export function toggleFilter(state: SearchState, name: FacetParam, value: string): SearchState {
  const current = state.filters[name]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 }
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters(), page: 1 }
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.min(page, maxPage)) }
}

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, count: number, radius = 2): (number | "gap")[] {
  const pages = new Set([1, count])
  for (let p = Math.max(1, page - radius); p <= Math.min(count, page + radius); p++) pages.add(p)
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((p, i) => (i > 0 && p - (sorted[i - 1] ?? p) > 1 ? ["gap" as const, p] : [p]))
}
