/**
 * What the storefront asks the backend's `POST /store/search` (the Search Module's store route)
 * for the books index, and how the answer becomes what the pages show. Pure: the data layer
 * (lib/data/search.ts) sends and receives, these functions decide.
 */
import { preorderLabel } from "@/lib/cart/preorder"
import { isoDay } from "@/lib/catalogue/publication"
import type { Money } from "@/lib/catalogue/money"
import { facetParamNames, facetParams, maxQueryLength, type FacetParam, type SearchState } from "./search-state"

export const booksIndex = "books"
export const pageSize = 24
export const suggestionCount = 6

/** Currencies the index holds a `price_<code>` field for (backend src/search/books/document.ts). */
const indexedCurrencies = ["gbp", "usd", "eur", "cad", "aud", "sek", "chf"]

export function priceField(currencyCode: string): string | null {
  const code = currencyCode.toLowerCase()
  return indexedCurrencies.includes(code) ? `price_${code}` : null
}

export type Availability = "in_stock" | "preorder" | "out_of_stock"

export type StoreSearchBody = {
  entity: string
  fields: string[]
  filters: Record<string, unknown>
  pagination: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
  search_options: {
    typo_tolerance?: boolean
    facets?: { field: string; limit: number }[]
    disjunctive_facets?: boolean
  }
}

const hitFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "authors",
  "contributors",
  "thumbnail",
  "availability",
  "preorder_release_date",
]

function order(state: SearchState, currencyCode: string): Record<string, "ASC" | "DESC"> | undefined {
  const price = priceField(currencyCode)
  switch (state.sort) {
    case "newest":
      return { published_at: "DESC" }
    case "title":
      return { title_sort: "ASC" }
    case "price-asc":
      return price ? { [price]: "ASC" } : undefined
    case "price-desc":
      return price ? { [price]: "DESC" } : undefined
    default:
      // Relevance needs words; without any, the newest books come first.
      return state.q ? undefined : { published_at: "DESC" }
  }
}

function filtersFor(q: string, selected: SearchState["filters"]): Record<string, unknown> {
  const filters: Record<string, unknown> = q ? { q } : {}
  for (const name of facetParamNames) {
    if (selected[name].length) filters[facetParams[name]] = { $in: selected[name] }
  }
  return filters
}

/** The results page's query: one page of hits, every facet (each ignoring its own filter). */
export function resultsBody(state: SearchState, currencyCode: string): StoreSearchBody {
  const price = priceField(currencyCode)
  const sort = order(state, currencyCode)
  return {
    entity: booksIndex,
    fields: price ? [...hitFields, price] : hitFields,
    filters: filtersFor(state.q, state.filters),
    pagination: { skip: (state.page - 1) * pageSize, take: pageSize, ...(sort ? { order: sort } : {}) },
    search_options: {
      ...(state.q ? { typo_tolerance: true } : {}),
      facets: facetParamNames.map((name) => ({ field: facetParams[name], limit: name === "author" ? 30 : 20 })),
      disjunctive_facets: true,
    },
  }
}

/** The typeahead's query: a few hits, nothing else. */
export function suggestionsBody(q: string, currencyCode: string): StoreSearchBody {
  const price = priceField(currencyCode)
  return {
    entity: booksIndex,
    fields: price ? [...hitFields, price] : hitFields,
    filters: { q: q.slice(0, maxQueryLength) },
    pagination: { skip: 0, take: suggestionCount },
    search_options: { typo_tolerance: true },
  }
}

/** Books to offer when a search finds nothing: in stock, newest first. */
export function popularBody(currencyCode: string, take = 8): StoreSearchBody {
  const price = priceField(currencyCode)
  return {
    entity: booksIndex,
    fields: price ? [...hitFields, price] : hitFields,
    filters: { availability: "in_stock" },
    pagination: { skip: 0, take, order: { published_at: "DESC" } },
    search_options: {},
  }
}

/**
 * "Did you mean": typo tolerance already forgives misspellings, so what usually sinks a query
 * is a word no book has. The candidates are the query with one word left out.
 */
export function relaxedQueries(q: string): string[] {
  const words = q.split(" ").filter(Boolean).slice(0, 6)
  if (words.length < 2) return []
  return [...new Set(words.map((_, i) => words.filter((__, j) => j !== i).join(" ")))]
}

/** Same query, counting only: for the "did you mean" candidates. */
export function countBody(q: string): StoreSearchBody {
  return {
    entity: booksIndex,
    fields: ["id"],
    filters: { q },
    pagination: { skip: 0, take: 0 },
    search_options: { typo_tolerance: true },
  }
}

/* ----------------------------------- answers ---------------------------------- */

export type RawHit = { id: string; document?: Record<string, unknown> }
export type RawFacet = { type?: string; values?: { value: string; count: number }[] }
export type RawResult = { hits?: RawHit[]; facets?: Record<string, RawFacet>; metadata?: { count?: number | null } }

export type SearchBook = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  /** Authors in the book's order; the first contributors when no one is credited as author. */
  authors: string[]
  /** Same-origin cover URL ("/media/…") or null for a generated cover. */
  coverUrl: string | null
  price: Money | null
  availability: Availability | null
  /** Earliest release day ("2027-01-03") of the book's open pre-order terms; null without any. */
  preorderReleaseDate: string | null
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null)
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((entry) => text(entry) ?? []) : []

export function reshapeHit(hit: RawHit, currencyCode: string, coverUrl: (stored: string | null) => string | null): SearchBook | null {
  const doc = hit.document ?? {}
  const title = text(doc.title)
  const handle = text(doc.handle)
  if (!title || !handle) return null
  const field = priceField(currencyCode)
  const amount = field ? doc[field] : null
  const authors = texts(doc.authors)
  const availability = text(doc.availability)
  return {
    id: hit.id,
    handle,
    title,
    subtitle: text(doc.subtitle),
    authors: authors.length ? authors : texts(doc.contributors).slice(0, 2),
    coverUrl: coverUrl(text(doc.thumbnail)),
    price: typeof amount === "number" && Number.isFinite(amount) ? { amount, currencyCode: currencyCode.toUpperCase() } : null,
    availability: availability === "in_stock" || availability === "preorder" || availability === "out_of_stock" ? availability : null,
    preorderReleaseDate: isoDay(text(doc.preorder_release_date)),
  }
}

/**
 * What a result card says about availability: "Pre-order — ships on 3 January 2027" (in the
 * reader's country's order, like a book card; "ships on publication" without a known day),
 * "In stock" or "Out of stock"; null when the index did not say.
 */
export function availabilityLabel(book: Pick<SearchBook, "availability" | "preorderReleaseDate">, countryCode: string): string | null {
  if (book.availability === "preorder") {
    return preorderLabel(null, countryCode, { status: "open", releaseDate: book.preorderReleaseDate })
  }
  if (book.availability === "in_stock") return "In stock"
  return book.availability === "out_of_stock" ? "Out of stock" : null
}

export type FacetValue = { value: string; label: string; count: number; selected: boolean }
export type FacetGroup = { param: FacetParam; label: string; values: FacetValue[] }

export const facetLabels: Record<FacetParam, string> = {
  format: "Format",
  availability: "Availability",
  subject: "Subject",
  series: "Series",
  author: "Author",
  year: "Year published",
}

const valueLabels: Partial<Record<FacetParam, Record<string, string>>> = {
  format: { paperback: "Paperback", hardback: "Hardback", ebook: "Ebook" },
  availability: { in_stock: "In stock", preorder: "Pre-order", out_of_stock: "Out of stock" },
}
const fixedOrder: Partial<Record<FacetParam, string[]>> = {
  format: ["paperback", "hardback", "ebook"],
  availability: ["in_stock", "preorder", "out_of_stock"],
}

function compareValues(param: FacetParam, a: FacetValue, b: FacetValue): number {
  const fixed = fixedOrder[param]
  if (fixed) return (fixed.indexOf(a.value) + 1 || 99) - (fixed.indexOf(b.value) + 1 || 99)
  if (param === "year") return b.value.localeCompare(a.value)
  return b.count - a.count || a.label.localeCompare(b.label, "en")
}

/** The filter groups to show: every value the engine counted, plus selected ones it did not. */
export function reshapeFacets(facets: RawResult["facets"], state: SearchState): FacetGroup[] {
  return facetParamNames.flatMap((param) => {
    const selected = state.filters[param]
    const counted = facets?.[facetParams[param]]?.values ?? []
    const values = new Map<string, FacetValue>()
    for (const { value, count } of counted) {
      if (!text(value)) continue
      values.set(value, { value, label: valueLabels[param]?.[value] ?? value, count, selected: selected.includes(value) })
    }
    for (const value of selected) {
      if (!values.has(value)) values.set(value, { value, label: valueLabels[param]?.[value] ?? value, count: 0, selected: true })
    }
    const list = [...values.values()].sort((a, b) => compareValues(param, a, b))
    return list.length ? [{ param, label: facetLabels[param], values: list }] : []
  })
}

export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}
