/**
 * The ONIX code lists the import understands, and how they fold into the shop's model.
 * Codes not listed here are either ignored with a warning or make the record invalid;
 * validate-record.ts says which.
 */
import type { BookFormat, ContributorRole, PublishingStatus, SubjectScheme } from "./types"

/** ProductFormDetail (list 175) codes that name an ebook file format. */
export const EBOOK_FILE_FORMATS: Readonly<Record<string, string>> = {
  E101: "EPUB",
  E107: "PDF",
  E116: "Kindle",
}

/**
 * ProductForm (list 150) → format. BB hardback, BC paperback; ED (digital download) and
 * EB (download and online) are ebooks; EA (digital, unspecified) and EC (online) count as an
 * ebook only when ProductFormDetail names an ebook file format. Anything else is not sold here.
 */
export function formatFor(productForm: string, details: readonly string[]): BookFormat | undefined {
  switch (productForm) {
    case "BB":
      return "Hardback"
    case "BC":
      return "Paperback"
    case "ED":
    case "EB":
      return "Ebook"
    case "EA":
    case "EC":
      return details.some((code) => code in EBOOK_FILE_FORMATS) ? "Ebook" : undefined
    default:
      return undefined
  }
}

/**
 * PublishingStatus (list 64) → the four states of the book module.
 * - 02 Forthcoming → forthcoming
 * - 04 Active, 10 Remaindered, 13 Active but not sold separately → active
 * - 03 Postponed indefinitely, 06 Out of stock indefinitely, 16 Temporarily withdrawn → postponed
 * - 01 Cancelled, 05 No longer our product, 07 Out of print, 08 Inactive, 11 Withdrawn from sale,
 *   12/15 Recalled, 17 Permanently withdrawn → cancelled (not for sale; the original code is kept
 *   on the record as `publishingStatusCode`)
 * - 00 Unspecified, 09 Unknown → no status (warning)
 */
const STATUS: Readonly<Record<string, PublishingStatus>> = {
  "01": "cancelled",
  "02": "forthcoming",
  "03": "postponed",
  "04": "active",
  "05": "cancelled",
  "06": "postponed",
  "07": "cancelled",
  "08": "cancelled",
  "10": "active",
  "11": "cancelled",
  "12": "cancelled",
  "13": "active",
  "15": "cancelled",
  "16": "postponed",
  "17": "cancelled",
}

export const statusFor = (code: string): PublishingStatus | undefined => STATUS[code]

/** ContributorRole (list 17) → role. Other roles (A02 "with", A12 illustrator, …) are ignored. */
const ROLES: Readonly<Record<string, ContributorRole>> = {
  A01: "author",
  B01: "editor",
  B06: "translator",
  A24: "introduction",
}

export const roleFor = (code: string): ContributorRole | undefined => ROLES[code]

/** SubjectSchemeIdentifier (list 27): 93–99 are Thema (category and qualifiers), 10 is BISAC. */
export function subjectSchemeFor(identifier: string): SubjectScheme | undefined {
  if (identifier === "10") return "bisac"
  if (/^9[3-9]$/.test(identifier)) return "thema"
  return undefined
}

/**
 * PriceType (list 58) preference: 02 RRP including tax, then 04 fixed retail price including tax,
 * then 01 RRP excluding tax, then 03 fixed retail price excluding tax. Trade and special-sale
 * prices are ignored.
 */
export const PRICE_TYPE_PREFERENCE: readonly string[] = ["02", "04", "01", "03"]

/** ProductRelationCode (list 51) meaning "the same work in another format". */
export const SAME_WORK_RELATIONS: ReadonlySet<string> = new Set([
  "06", // alternative format
  "13", // epublication based on (print product)
  "27", // electronic version available as
])

/**
 * ISO 4217 codes the import accepts: the shop's own currencies plus the main ones publishers
 * price in. A code outside this set makes the record invalid ("unknown currency code"), so a
 * typo never becomes a price; add a code here when a real feed needs it.
 */
export const KNOWN_CURRENCIES: ReadonlySet<string> = new Set([
  "GBP", "USD", "EUR", "CAD", "AUD", "SEK", "CHF", "NZD", "JPY", "DKK", "NOK", "PLN", "CZK",
  "HUF", "RON", "BGN", "ISK", "TRY", "ILS", "ZAR", "INR", "PKR", "LKR", "BDT", "NGN", "KES",
  "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "CNY", "HKD", "TWD", "SGD", "MYR", "IDR",
  "PHP", "THB", "KRW", "VND",
])

export const EXTENT_PAGE_TYPES: readonly string[] = ["00", "11"] // main content, content pages
export const EXTENT_UNIT_PAGES = "03"
