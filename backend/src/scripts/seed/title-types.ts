/** The shape of a demo title (see titles.ts for the catalogue itself). */
import type { ContributorRole } from "../../modules/book/constants"
import type { SeriesHandle, SubjectHandle } from "./taxonomy"

export type FormatName = "Paperback" | "Hardback" | "Ebook"

export type FormatSeed = {
  format: FormatName
  isbn: string
  /** Editorial price in pounds; other currencies derive from it (see prices.ts). */
  gbp: number
  /** Shipping weight in grams (0 for ebooks). */
  weight: number
  /** Printed pages (ebooks: those of the print edition). */
  pages: number
  /** Copies on hand per warehouse; ebooks have none (inventory is not managed). */
  stock?: { london: number; newYork: number }
}

/** A credit by name; the contributor (bio, handle = slug of the name) is in contributors.ts. */
export type ContributorSeed = { name: string; role: ContributorRole }

export type TitleSeed = {
  title: string
  subtitle?: string
  contributors: ContributorSeed[]
  description: string
  formats: FormatSeed[]
  /** A known publication date (YYYY-MM-DD); left out where the README gives only a year or nothing. */
  published?: string
  edition?: string
  /** Forthcoming titles get a publication date this many weeks after the first seed run. */
  forthcomingWeeks?: number
  series?: SeriesHandle
  subjects: SubjectHandle[]
}

export const author = (name: string): ContributorSeed => ({ name, role: "author" })
export const introduction = (name: string): ContributorSeed => ({ name, role: "introduction" })
