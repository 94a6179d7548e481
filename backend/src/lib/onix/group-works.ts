/**
 * Records → works. Two records are formats of one work when they share the normalised title,
 * subtitle, ordered contributor names and edition, or when one names the other as another
 * format of itself (RelatedProduct 06, 13 or 27); links are followed transitively (union-find).
 */
import { slugify } from "../slug"
import { dropUndefined } from "./drop-undefined"
import type { OnixContributor, OnixFormat, OnixRecord, OnixSubject, OnixWork, PublishingStatus } from "./types"

/** Case, accents, punctuation and spacing do not make a different work. */
export const normaliseForMatch = (value: string): string =>
  value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9\p{L}]+/gu, " ").trim()

const uniqueNames = (contributors: readonly OnixContributor[]): string[] => [
  ...new Set(contributors.map((c) => normaliseForMatch(c.name))),
]

export function workKey(record: OnixRecord): string {
  return [
    normaliseForMatch(record.title),
    normaliseForMatch(record.subtitle ?? ""),
    uniqueNames(record.contributors).join(","),
    String(record.editionNumber ?? 1),
  ].join("|")
}

function unionFind(size: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    while (parent[i] !== root) {
      const next = parent[i] ?? root
      parent[i] = root
      i = next
    }
    return root
  }
  // The smaller index becomes the root, so a group is named after its first record.
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  return { find, union }
}

const STATUS_ORDER: readonly PublishingStatus[] = ["active", "forthcoming", "postponed", "cancelled"]

function workStatus(records: readonly OnixRecord[]): PublishingStatus | undefined {
  return STATUS_ORDER.find((status) => records.some((r) => r.status === status))
}

function publicationDate(records: readonly OnixRecord[]): string | undefined {
  const live = records.filter((r) => r.status !== "cancelled" && r.publishingDate !== undefined)
  const dated = live.length > 0 ? live : records.filter((r) => r.publishingDate !== undefined)
  return dated.map((r) => r.publishingDate ?? "").sort()[0]
}

function mergeSubjects(records: readonly OnixRecord[]): OnixSubject[] {
  const seen = new Map<string, OnixSubject>()
  for (const subject of records.flatMap((r) => r.subjects)) {
    const key = `${subject.schemeIdentifier}|${subject.code ?? ""}|${subject.heading ?? ""}`
    if (!seen.has(key)) seen.set(key, subject)
  }
  return [...seen.values()]
}

const fullTitle = (r: OnixRecord): string => (r.subtitle === undefined ? r.title : `${r.title}: ${r.subtitle}`)

function formatOf(r: OnixRecord): OnixFormat {
  const format: OnixFormat = { recordReference: r.recordReference, isbn13: r.isbn13, format: r.format, prices: r.prices }
  if (r.pages !== undefined) format.pages = r.pages
  if (r.publishingDate !== undefined) format.publishingDate = r.publishingDate
  if (r.status !== undefined) format.status = r.status
  if (r.editionNumber !== undefined) format.editionNumber = r.editionNumber
  return format
}

function groupWarnings(primary: OnixRecord, records: readonly OnixRecord[]): string[] {
  const warnings: string[] = []
  for (const r of records.slice(1)) {
    if (normaliseForMatch(fullTitle(r)) !== normaliseForMatch(fullTitle(primary))) {
      warnings.push(`record ${r.recordReference} has title "${fullTitle(r)}"; the work uses "${fullTitle(primary)}" from record ${primary.recordReference}`)
    }
    if (uniqueNames(r.contributors).join(",") !== uniqueNames(primary.contributors).join(",")) {
      warnings.push(`record ${r.recordReference} lists other contributors; the work uses those of record ${primary.recordReference}`)
    }
  }
  for (const format of new Set(records.map((r) => r.format))) {
    const same = records.filter((r) => r.format === format)
    if (same.length > 1) {
      warnings.push(`${same.length} ${format} formats (${same.map((r) => `${r.isbn13} from ${r.recordReference}`).join(", ")}): a product cannot have two variants of one format`)
    }
  }
  return warnings
}

function buildWork(records: readonly OnixRecord[]): Omit<OnixWork, "handle"> {
  const [primary] = records
  if (primary === undefined) throw new Error("buildWork needs at least one record")
  const first = <K extends keyof OnixRecord>(key: K): OnixRecord[K] | undefined =>
    records.map((r) => r[key]).find((value) => value !== undefined)
  const optional = {
    subtitle: primary.subtitle,
    series: first("series"),
    description: first("description"),
    shortDescription: first("shortDescription"),
    language: first("language"),
    editionNumber: first("editionNumber"),
    status: workStatus(records),
    publicationDate: publicationDate(records),
  }
  return {
    title: primary.title,
    contributors: primary.contributors.length > 0 ? primary.contributors : (records.find((r) => r.contributors.length > 0)?.contributors ?? []),
    subjects: mergeSubjects(records),
    formats: records.map(formatOf),
    warnings: groupWarnings(primary, records),
    ...dropUndefined(optional),
  }
}

/** The title's slug; on a clash, the slug of title and subtitle, then the edition, then a counter. */
function uniqueHandle(work: Omit<OnixWork, "handle">, taken: Set<string>): string {
  const base = slugify(work.title) || `book-${work.formats[0]?.isbn13 ?? "untitled"}`
  const candidates = [base]
  if (work.subtitle !== undefined) candidates.push(slugify(`${work.title} ${work.subtitle}`))
  if (work.editionNumber !== undefined && work.editionNumber > 1) candidates.push(`${base}-edition-${work.editionNumber}`)
  let handle = candidates.find((c) => c !== "" && !taken.has(c))
  for (let n = 2; handle === undefined; n++) if (!taken.has(`${base}-${n}`)) handle = `${base}-${n}`
  taken.add(handle)
  return handle
}

/**
 * Groups valid records into works, in the order their first record appears. Records must carry
 * distinct ISBNs (parseOnix already rejects duplicates); a repeated ISBN is a programming error.
 */
export function groupIntoWorks(records: readonly OnixRecord[]): OnixWork[] {
  const byIsbn = new Map<string, number>()
  records.forEach((record, index) => {
    const earlier = byIsbn.get(record.isbn13)
    if (earlier !== undefined) {
      throw new Error(`groupIntoWorks: ISBN-13 ${record.isbn13} is in records ${records[earlier]?.recordReference} and ${record.recordReference}; reject duplicates first`)
    }
    byIsbn.set(record.isbn13, index)
  })

  const { find, union } = unionFind(records.length)
  const byKey = new Map<string, number>()
  records.forEach((record, index) => {
    const key = workKey(record)
    const earlier = byKey.get(key)
    if (earlier === undefined) byKey.set(key, index)
    else union(earlier, index)
    for (const isbn of record.relatedFormatIsbns) {
      const other = byIsbn.get(isbn)
      if (other !== undefined) union(index, other)
    }
  })

  const groups = new Map<number, OnixRecord[]>()
  records.forEach((record, index) => {
    const root = find(index)
    groups.set(root, [...(groups.get(root) ?? []), record])
  })
  const taken = new Set<string>()
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, members]) => {
      const work = buildWork(members)
      return { handle: uniqueHandle(work, taken), ...work }
    })
}
