/**
 * The shapes the ONIX 3.0 import produces. Nothing here knows about Medusa: a work becomes a
 * product, each of its formats a variant (ISBN-13 in `ean`), and the rest goes to the book module.
 */

export type BookFormat = "Paperback" | "Hardback" | "Ebook"

/** ONIX code list 64 folded into the four states the shop knows (see code-lists.ts). */
export type PublishingStatus = "forthcoming" | "active" | "postponed" | "cancelled"

export type ContributorRole = "author" | "editor" | "translator" | "introduction"

export type SubjectScheme = "thema" | "bisac"

export interface OnixContributor {
  name: string
  role: ContributorRole
  /** BiographicalNote as plain text. */
  bio?: string
}

export interface OnixSeries {
  title: string
  partNumber?: string
}

export interface OnixSubject {
  scheme: SubjectScheme
  /** The ONIX SubjectSchemeIdentifier (93–99 Thema, 10 BISAC). */
  schemeIdentifier: string
  code?: string
  heading?: string
  main: boolean
}

/** One price per currency; `amount` in major units (9.95 means £9.95). */
export interface OnixPrice {
  currency_code: string
  amount: number
}

/** One valid ONIX <Product>: a single format of a work. */
export interface OnixRecord {
  recordReference: string
  /** 1-based position of the <Product> in the file. */
  position: number
  isbn13: string
  format: BookFormat
  /** The ONIX codes the format came from, e.g. "ED" and ["E101"]. */
  productForm: string
  productFormDetails: string[]
  title: string
  subtitle?: string
  contributors: OnixContributor[]
  series?: OnixSeries
  subjects: OnixSubject[]
  pages?: number
  /** ISO 639-2/B code as sent, lower case (e.g. "eng"). */
  language?: string
  editionNumber?: number
  description?: string
  shortDescription?: string
  status?: PublishingStatus
  /** The list 64 code behind `status`, kept because several codes share one state. */
  publishingStatusCode?: string
  /** ISO date, YYYY-MM-DD. */
  publishingDate?: string
  prices: OnixPrice[]
  /** ISBNs of other formats of the same work (RelatedProduct 06, 13 or 27). */
  relatedFormatIsbns: string[]
  /** Things staff may want to look at that did not stop the record. */
  warnings: string[]
}

export type OnixRecordResult =
  | { ok: true; value: OnixRecord }
  | {
      ok: false
      recordReference: string
      position: number
      isbn13?: string
      reasons: string[]
      warnings: string[]
    }

export interface OnixHeader {
  senderName?: string
  sentDateTime?: string
  defaultCurrencyCode?: string
  defaultPriceType?: string
  defaultLanguageOfText?: string
}

export interface OnixParseResult {
  /** The ONIXMessage release attribute, e.g. "3.0". */
  release: string
  header?: OnixHeader
  records: OnixRecordResult[]
}

export interface OnixFormat {
  recordReference: string
  isbn13: string
  format: BookFormat
  pages?: number
  prices: OnixPrice[]
  publishingDate?: string
  status?: PublishingStatus
  editionNumber?: number
}

export interface OnixWork {
  /** URL handle, the slug of the title, made unique within one import. */
  handle: string
  title: string
  subtitle?: string
  contributors: OnixContributor[]
  series?: OnixSeries
  subjects: OnixSubject[]
  description?: string
  shortDescription?: string
  language?: string
  editionNumber?: number
  /** The most available state among the formats (active > forthcoming > postponed > cancelled). */
  status?: PublishingStatus
  /** Earliest publishing date among the formats that are not cancelled. */
  publicationDate?: string
  formats: OnixFormat[]
  warnings: string[]
}
