/**
 * The typeahead's contract between the browser and the storefront's own route
 * (`GET /api/search-suggest?q=…&country=gb`): what may be asked, and what comes back. The
 * browser never talks to the backend or to a search engine; prices are formatted here, on the
 * server, in the country's currency.
 */
import { formatMoney } from "@/lib/catalogue/money"
import type { SearchBook } from "./search-request"
import { cleanText, maxQueryLength } from "./search-state"

/** Fewer characters than this suggest nothing (one letter matches half the catalogue). */
export const minSuggestLength = 2

export type Suggestion = {
  id: string
  handle: string
  /** The book page, "/gb/books/<handle>". */
  href: string
  title: string
  /** "Alan Woods and Ted Grant", or null. */
  author: string | null
  coverUrl: string | null
  /** "£19.99", or null when the book has no price in the region. */
  price: string | null
}

export type SuggestRequest = { ok: true; q: string; country: string } | { ok: false; error: string }

export function readSuggestRequest(params: URLSearchParams): SuggestRequest {
  const country = params.get("country")?.toLowerCase() ?? ""
  if (!/^[a-z]{2}$/.test(country)) return { ok: false, error: "country must be a two-letter country code" }
  // Longer input is cut rather than refused: the box may hold a pasted paragraph.
  return { ok: true, q: cleanText(params.get("q") ?? "", maxQueryLength), country }
}

export function authorLine(authors: readonly string[]): string | null {
  if (authors.length === 0) return null
  if (authors.length === 1) return authors[0] ?? null
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`
}

export function toSuggestion(book: SearchBook, countryCode: string): Suggestion {
  return {
    id: book.id,
    handle: book.handle,
    href: `/${countryCode}/books/${encodeURIComponent(book.handle)}`,
    title: book.title,
    author: authorLine(book.authors),
    coverUrl: book.coverUrl,
    price: book.price ? formatMoney(book.price, countryCode) : null,
  }
}
