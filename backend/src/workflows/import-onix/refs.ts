/**
 * The natural keys the import finds shared things by: contributor, series and subject handles,
 * and the shop's names for ONIX formats. Pure.
 */
import type { BookFormat, OnixContributor, OnixSeries, OnixSubject, OnixWork } from "../../lib/onix"
import { slugify } from "../../lib/slug"
import type { BookFormatName } from "../../modules/book/constants"
import type { ContributorRef, Credit, SeriesRef, SubjectRef } from "./types"

export const FORMAT_OPTION_TITLE = "Format"

/** Every format a product made by the import can take (the Format option's values). */
export const ALL_FORMATS: readonly BookFormat[] = ["Paperback", "Hardback", "Ebook"]

/** Print formats are stocked and shipped; ebooks are not. */
export const isPrint = (format: BookFormat): boolean => format !== "Ebook"

export const bookFormatName = (format: BookFormat): BookFormatName => format.toLowerCase() as BookFormatName

/** The format a variant's option value, book format or title names, if any. */
export function formatFromLabel(label: string | null | undefined): BookFormat | null {
  const found = ALL_FORMATS.find((f) => f.toLowerCase() === (label ?? "").trim().toLowerCase())
  return found ?? null
}

/** A short stable hash, for handles of names that have no ASCII letters ("魯迅"). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0
  return hash.toString(36)
}

export const contributorHandle = (name: string): string => slugify(name) || `contributor-${shortHash(name)}`

/** Contributors to find or create, one per handle, in first-credit order. */
export function contributorRefs(contributors: readonly OnixContributor[]): ContributorRef[] {
  const refs = new Map<string, ContributorRef>()
  for (const c of contributors) {
    const handle = contributorHandle(c.name)
    if (refs.has(handle)) continue
    refs.set(handle, c.bio === undefined ? { handle, name: c.name } : { handle, name: c.name, bio: c.bio })
  }
  return [...refs.values()]
}

/** Credits in the order sent; the same person in the same role counts once. */
export function creditsOf(contributors: readonly OnixContributor[]): Credit[] {
  const seen = new Set<string>()
  const credits: Credit[] = []
  for (const c of contributors) {
    const credit = { handle: contributorHandle(c.name), role: c.role }
    const key = `${credit.handle}/${credit.role}`
    if (seen.has(key)) continue
    seen.add(key)
    credits.push(credit)
  }
  return credits
}

export const seriesRef = (series: OnixSeries): SeriesRef => ({
  handle: slugify(series.title) || `series-${shortHash(series.title)}`,
  title: series.title,
})

/** "thema-qdtk", "bisac-phi019000"; a subject sent as a heading only is keyed by the heading. */
export function subjectRef(subject: OnixSubject): SubjectRef {
  const key = subject.code ?? subject.heading ?? ""
  const metadata: Record<string, string> = {
    subject_scheme: subject.scheme,
    subject_scheme_identifier: subject.schemeIdentifier,
  }
  if (subject.code !== undefined) metadata.subject_code = subject.code
  return {
    handle: `${subject.scheme}-${slugify(key) || shortHash(key)}`,
    name: subject.heading ?? subject.code ?? key,
    metadata,
  }
}

export function subjectRefs(work: OnixWork): SubjectRef[] {
  const refs = new Map<string, SubjectRef>()
  for (const subject of work.subjects) {
    const ref = subjectRef(subject)
    if (!refs.has(ref.handle)) refs.set(ref.handle, ref)
  }
  return [...refs.values()]
}
