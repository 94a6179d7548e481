/**
 * The shapes the book module's admin API answers with (GET /admin/products/:id/book,
 * /admin/contributors). The vocabularies come from the module itself, so they cannot drift.
 */
import type { BookFormatName, ContributorRole, PublishingStatus } from "../../modules/book/constants"

export { BOOK_FORMATS, CONTRIBUTOR_ROLES, PUBLISHING_STATUSES } from "../../modules/book/constants"
export type { BookFormatName, ContributorRole, PublishingStatus }

export type BookCredit = {
  contributor_id: string
  name: string
  handle: string
  role: ContributorRole
  position: number
}

export type BookFormat = {
  id: string
  variant_id: string
  variant_title: string | null
  isbn: string | null
  format: BookFormatName
  pages: number | null
}

export type Book = {
  id: string
  product_id: string
  subtitle: string | null
  publication_date: string | null
  publishing_status: PublishingStatus
  language: string
  edition: string | null
  contributors: BookCredit[]
  formats: BookFormat[]
}

/** Body of POST /admin/products/:id/book. */
export type UpsertBookBody = {
  details: {
    subtitle: string | null
    publication_date: string | null
    publishing_status: PublishingStatus
    language: string
    edition: string | null
  }
  contributors: { contributor_id: string; role: ContributorRole }[]
  formats: { variant_id: string; format: BookFormatName; pages: number | null }[]
}

export type ContributorCredit = {
  id: string
  role: ContributorRole
  book?: { id: string; product?: { id: string; title: string } | null } | null
}

export type Contributor = {
  id: string
  name: string
  handle: string
  bio: string | null
  photo_url: string | null
  created_at: string
  updated_at: string
  /** Only when asked for with `fields=+contributions.…`. */
  contributions?: ContributorCredit[]
}

/** Body of POST /admin/contributors and /admin/contributors/:id. */
export type ContributorBody = {
  name: string
  handle?: string
  bio: string | null
  photo_url: string | null
}

export type ContributorList = { contributors: Contributor[]; count: number; offset: number; limit: number }

/** What the widget knows of a product's variants (from the product page's own data). */
export type VariantSummary = { id: string; title: string | null; ean: string | null }
