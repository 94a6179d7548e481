import type { BookFormatName, ContributorRole, PublishingStatus } from "../../modules/book/constants"

export type ContributorData = {
  name: string
  handle: string
  bio?: string | null
  photo_url?: string | null
}

export type CreateContributorInput = Omit<ContributorData, "handle"> & { handle?: string }

export type UpdateContributorInput = { id: string } & Partial<ContributorData>

export type BookDetailsData = {
  subtitle?: string | null
  publication_date?: Date | null
  publishing_status?: PublishingStatus
  language?: string
  edition?: string | null
}

export type ContributorCredit = { contributor_id: string; role: ContributorRole }

export type FormatData = { variant_id: string; format: BookFormatName; pages?: number | null }

export type UpsertBookDetailsInput = {
  product_id: string
  details: BookDetailsData
  /** In display order: position = index in this array. Replaces the book's contributions. */
  contributors: ContributorCredit[]
  /** Upserted per variant; variants not listed keep their format. */
  formats?: FormatData[]
}

/** The product as upsert-book-details finds it before changing anything. */
export type BookProductSnapshot = {
  id: string
  title: string
  book_id: string | null
  variants: { id: string; book_format_id: string | null }[]
}
