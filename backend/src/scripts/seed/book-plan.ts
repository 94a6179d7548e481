/**
 * The book details a demo title should have, and whether what is stored already matches, so
 * the seed runs upsert-book-details only when something is missing or different. Pure.
 */
import type { BookFormatName, ContributorRole, PublishingStatus } from "../../modules/book/constants"
import { DEFAULT_LANGUAGE } from "../../modules/book/constants"
import { slugify } from "../../lib/slug"
import type { FormatName, TitleSeed } from "./titles"

const BOOK_FORMAT: Readonly<Record<FormatName, BookFormatName>> = {
  Paperback: "paperback",
  Hardback: "hardback",
  Ebook: "ebook",
}

export const bookFormatOf = (format: FormatName): BookFormatName => BOOK_FORMAT[format]

/** Book details, credits and formats as plain comparable data (dates as ISO strings). */
export type BookState = {
  subtitle: string | null
  publication_date: string | null
  publishing_status: PublishingStatus
  language: string
  edition: string | null
  /** In credit order. */
  credits: { handle: string; role: ContributorRole }[]
  /** Per variant, keyed by its SKU (the ISBN). */
  formats: { sku: string; format: BookFormatName; pages: number | null }[]
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** Midnight UTC of the day `weeks` weeks after `now`, as an ISO string. */
export function releaseDate(now: Date, weeks: number): string {
  const later = new Date(now.getTime() + weeks * WEEK_MS)
  return new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate())).toISOString()
}

/** Any stored date (Date, ISO string, or nothing) as an ISO string or null. */
export function isoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

type StoredRelease = Pick<BookState, "publishing_status" | "publication_date"> | null

/**
 * A forthcoming title keeps the release date it was given while it is still forthcoming and
 * that date lies ahead; otherwise (first run, status changed, date passed) it gets a new date
 * `forthcomingWeeks` after now, so the pre-order path can always be shown. Other titles have
 * their known date or none.
 */
export function publicationDateFor(title: TitleSeed, stored: StoredRelease, now: Date): string | null {
  if (title.forthcomingWeeks === undefined) return title.published ? `${title.published}T00:00:00.000Z` : null
  const kept = stored?.publishing_status === "forthcoming" ? stored.publication_date : null
  if (kept && Date.parse(kept) > now.getTime()) return kept
  return releaseDate(now, title.forthcomingWeeks)
}

/** What the seed wants stored for a title, given what is stored now. */
export function wantedBook(title: TitleSeed, stored: StoredRelease, now: Date): BookState {
  return {
    subtitle: title.subtitle ?? null,
    publication_date: publicationDateFor(title, stored, now),
    publishing_status: title.forthcomingWeeks === undefined ? "active" : "forthcoming",
    language: DEFAULT_LANGUAGE,
    edition: title.edition ?? null,
    credits: title.contributors.map((c) => ({ handle: slugify(c.name), role: c.role })),
    formats: title.formats.map((f) => ({ sku: f.isbn, format: bookFormatOf(f.format), pages: f.pages })),
  }
}

const sameCredits = (a: BookState["credits"], b: BookState["credits"]) =>
  a.length === b.length && a.every((credit, i) => credit.handle === b[i]?.handle && credit.role === b[i]?.role)

/**
 * True when the stored book already is what the seed wants. Formats of variants the seed does
 * not know about (added by staff) are ignored; credits must match in order.
 */
export function sameBook(wanted: BookState, stored: BookState): boolean {
  const storedFormats = new Map(stored.formats.map((f) => [f.sku, f]))
  return (
    wanted.subtitle === stored.subtitle &&
    wanted.publication_date === stored.publication_date &&
    wanted.publishing_status === stored.publishing_status &&
    wanted.language === stored.language &&
    wanted.edition === stored.edition &&
    sameCredits(wanted.credits, stored.credits) &&
    wanted.formats.every((f) => {
      const current = storedFormats.get(f.sku)
      return current?.format === f.format && current.pages === f.pages
    })
  )
}
