import { localeForCountry } from "./money"

/** ONIX list 64 as the backend's book module stores it. */
export const publishingStatuses = ["forthcoming", "active", "postponed", "cancelled"] as const
export type PublishingStatus = (typeof publishingStatuses)[number]

export type Publication = {
  status: PublishingStatus
  /** The publication day, "2026-12-15" (the backend stores midnight UTC). */
  date: string | null
}

export function reshapePublication(
  book: { publishing_status?: string | null; publication_date?: string | Date | null } | null | undefined
): Publication {
  const status = (publishingStatuses as readonly string[]).includes(book?.publishing_status ?? "")
    ? (book?.publishing_status as PublishingStatus)
    : "active"
  return { status, date: isoDay(book?.publication_date) }
}

/** "2026-12-15" from an ISO date-time or Date; null for anything that is not a date. */
export function isoDay(value: string | Date | null | undefined): string | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/**
 * A day in the country's own order ("15 December 2026" in the UK, "December 15, 2026" in the
 * US). Publication dates are calendar days, so they are read and written in UTC.
 */
export function formatDay(day: string, countryCode: string, style: "long" | "medium" = "long"): string {
  return new Intl.DateTimeFormat(localeForCountry(countryCode), { dateStyle: style, timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`)
  )
}

/** True while a title is announced but not yet out (or delayed): it cannot be bought as stock. */
export function isUnpublished(publication: Publication): boolean {
  return publication.status === "forthcoming" || publication.status === "postponed"
}

/**
 * The short label a card shows: "Forthcoming · 15 Dec 2026", "Postponed", "Cancelled";
 * null for a book that is out. A forthcoming date already past is not repeated.
 */
export function publicationBadge(publication: Publication, countryCode: string, today: string): string | null {
  switch (publication.status) {
    case "active":
      return null
    case "forthcoming":
      return publication.date && publication.date > today
        ? `Forthcoming · ${formatDay(publication.date, countryCode, "medium")}`
        : "Forthcoming"
    case "postponed":
      return "Postponed"
    case "cancelled":
      return "Cancelled"
  }
}

/**
 * The sentence on the book page: "Forthcoming — publishes on 15 December 2026",
 * "Postponed — the new date is not yet known", "Cancelled — this title will not be published";
 * null for a book that is out (its date is shown as the publication date).
 */
export function publicationNotice(publication: Publication, countryCode: string, today: string): string | null {
  switch (publication.status) {
    case "active":
      return null
    case "forthcoming":
      return publication.date && publication.date > today
        ? `Forthcoming — publishes on ${formatDay(publication.date, countryCode)}`
        : "Forthcoming — the publication date is not yet fixed"
    case "postponed":
      return publication.date && publication.date > today
        ? `Postponed — now publishes on ${formatDay(publication.date, countryCode)}`
        : "Postponed — the new date is not yet known"
    case "cancelled":
      return "Cancelled — this title will not be published"
  }
}

/** Today as "2026-11-22" (UTC), for comparing with publication days. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

const languageNames = new Intl.DisplayNames("en", { type: "language" })

/** "English" for the ONIX code "eng" (ISO 639-2/B); the code itself when it is unknown. */
export function languageName(code: string | null | undefined): string | null {
  const trimmed = code?.trim()
  if (!trimmed) return null
  try {
    return languageNames.of(trimmed.toLowerCase()) ?? trimmed
  } catch {
    return trimmed
  }
}
