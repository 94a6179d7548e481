import type { BookFormatName, ContributorRole, PublishingStatus } from "./book-types"

export const ROLE_LABELS: Record<ContributorRole, string> = {
  author: "Author",
  editor: "Editor",
  translator: "Translator",
  introduction: "Introduction",
}

export const STATUS_LABELS: Record<PublishingStatus, string> = {
  forthcoming: "Forthcoming",
  active: "Active",
  postponed: "Postponed",
  cancelled: "Cancelled",
}

export const STATUS_COLORS: Record<PublishingStatus, "green" | "blue" | "orange" | "red"> = {
  forthcoming: "blue",
  active: "green",
  postponed: "orange",
  cancelled: "red",
}

export const FORMAT_LABELS: Record<BookFormatName, string> = {
  paperback: "Paperback",
  hardback: "Hardback",
  ebook: "Ebook",
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })

/** "21 January 2024" for a stored publication date (a UTC midnight), or null. */
export function formatPublicationDate(value: string | null): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date)
}

/** "English (eng)" for an ISO 639-2 code; the bare code when the browser does not know it. */
export function languageLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code)
    return name && name !== code ? `${name} (${code})` : code
  } catch {
    return code
  }
}
