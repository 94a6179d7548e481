/**
 * The edit form of a product's book details as plain data: built from the API's answer, checked
 * before saving, and turned into the POST body. Pure, so the rules are unit-tested.
 */
import type { Book, BookFormatName, ContributorRole, PublishingStatus, UpsertBookBody, VariantSummary } from "./book-types"

export type CreditDraft = { key: string; contributor_id: string; name: string; handle: string; role: ContributorRole }

export type FormatDraft = {
  variant_id: string
  variant_title: string
  isbn: string | null
  /** "" while the variant is not (yet) a book format. */
  format: BookFormatName | ""
  /** Whether the variant already has a format: the API cannot unset one, so the form cannot either. */
  saved: boolean
  /** As typed; checked by `draftProblems`. */
  pages: string
}

export type BookDraft = {
  subtitle: string
  /** yyyy-mm-dd, or "" for none. */
  publication_date: string
  publishing_status: PublishingStatus
  language: string
  edition: string
  credits: CreditDraft[]
  formats: FormatDraft[]
}

/** Where a problem is shown: a details field, a credit (by key), or a format (by variant id). */
export type DraftProblem = { field: string; message: string }

/** The form as it starts: the saved book, or sensible defaults for a product without one. */
export function toDraft(book: Book | null, variants: readonly VariantSummary[]): BookDraft {
  const formatsByVariant = new Map((book?.formats ?? []).map((f) => [f.variant_id, f]))
  const formats: FormatDraft[] = variants.map((variant) => {
    const saved = formatsByVariant.get(variant.id)
    return {
      variant_id: variant.id,
      variant_title: saved?.variant_title ?? variant.title ?? variant.id,
      isbn: saved?.isbn ?? variant.ean,
      format: saved?.format ?? "",
      saved: Boolean(saved),
      pages: saved?.pages != null ? String(saved.pages) : "",
    }
  })
  // Formats of variants the page did not list (should not happen, but never drop data).
  for (const f of book?.formats ?? []) {
    if (!variants.some((v) => v.id === f.variant_id)) {
      formats.push({
        variant_id: f.variant_id,
        variant_title: f.variant_title ?? f.variant_id,
        isbn: f.isbn,
        format: f.format,
        saved: true,
        pages: f.pages != null ? String(f.pages) : "",
      })
    }
  }
  return {
    subtitle: book?.subtitle ?? "",
    publication_date: book?.publication_date ? book.publication_date.slice(0, 10) : "",
    publishing_status: book?.publishing_status ?? "active",
    language: book?.language ?? "eng",
    edition: book?.edition ?? "",
    credits: [...(book?.contributors ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((c, i) => ({ key: `saved-${i}`, contributor_id: c.contributor_id, name: c.name, handle: c.handle, role: c.role })),
    formats,
  }
}

const PAGES = /^\d+$/

/** Every problem that would make the API refuse the draft, each tied to the field to show it at. */
export function draftProblems(draft: BookDraft): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (!/^[a-z]{3}$/.test(draft.language.trim())) {
    problems.push({ field: "language", message: "Use a three-letter ISO 639-2 code in lower case, e.g. eng." })
  }
  if (draft.publication_date && !/^\d{4}-\d{2}-\d{2}$/.test(draft.publication_date)) {
    problems.push({ field: "publication_date", message: "Use a full date, e.g. 2024-01-21." })
  }
  const seen = new Set<string>()
  for (const credit of draft.credits) {
    const id = `${credit.contributor_id}/${credit.role}`
    if (seen.has(id)) {
      problems.push({ field: `credit:${credit.key}`, message: `${credit.name} is already credited in this role.` })
    }
    seen.add(id)
  }
  for (const format of draft.formats) {
    const pages = format.pages.trim()
    if (pages && (!PAGES.test(pages) || Number(pages) < 1)) {
      problems.push({ field: `format:${format.variant_id}`, message: "Pages must be a whole number above 0." })
    } else if (pages && !format.format) {
      problems.push({ field: `format:${format.variant_id}`, message: "Choose a format before giving pages." })
    }
  }
  return problems
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim())

/** The POST body for a draft without problems: credits in order, only variants given a format. */
export function toUpsertBody(draft: BookDraft): UpsertBookBody {
  return {
    details: {
      subtitle: orNull(draft.subtitle),
      publication_date: orNull(draft.publication_date),
      publishing_status: draft.publishing_status,
      language: draft.language.trim(),
      edition: orNull(draft.edition),
    },
    contributors: draft.credits.map((c) => ({ contributor_id: c.contributor_id, role: c.role })),
    formats: draft.formats.flatMap((f) =>
      f.format ? [{ variant_id: f.variant_id, format: f.format, pages: f.pages.trim() ? Number(f.pages.trim()) : null }] : []
    ),
  }
}

/** A copy of `items` with the item at `from` moved to `to`; unchanged when either is out of range. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy
  const [item] = copy.splice(from, 1)
  copy.splice(to, 0, item as T)
  return copy
}
