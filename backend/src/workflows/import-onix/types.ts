/**
 * Shapes of the ONIX import workflow: what it reads about the shop (existing state), what the
 * pure planner decides (a plan), and what one run reports. The planner speaks in handles and
 * ISBNs; the workflow's steps turn those into ids.
 */
import type { BookFormat, OnixWork } from "../../lib/onix"
import type { BookFormatName, ContributorRole, PublishingStatus } from "../../modules/book/constants"

export type ImportOnixWorkInput = {
  work: OnixWork
  /** The storefront's sales channel: new products are published in it. */
  sales_channel_id: string
  shipping_profile_id: string
  /** Currencies the store sells in (lower case); prices in other currencies are skipped. */
  currency_codes: string[]
}

export type Price = { currency_code: string; amount: number }

/** One variant of a product that already exists, as the planner compares it. */
export type ExistingVariant = {
  id: string
  ean: string | null
  sku: string | null
  title: string | null
  /** From the variant's Format option value, else its book format, else its title. */
  format: BookFormat | null
  /** Prices without rules and outside price lists: the ones the import manages. */
  prices: Price[]
  book_format: { format: BookFormatName; pages: number | null } | null
}

export type ExistingCategory = { id: string; handle: string; is_subject: boolean }

export type ExistingBook = {
  subtitle: string | null
  /** YYYY-MM-DD */
  publication_date: string | null
  publishing_status: PublishingStatus
  language: string
  edition: string | null
  /** In position order. */
  contributors: Credit[]
}

export type ExistingProduct = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  collection_handle: string | null
  categories: ExistingCategory[]
  /** The product's Format option, when it has one (and how many options it has in all). */
  format_option: { id: string; values: string[] } | null
  option_count: number
  variants: ExistingVariant[]
  book: ExistingBook | null
}

/** What the planner knows besides the work: the product its ISBNs belong to, if any. */
export type ExistingState = {
  /** Every product that has a variant with one of the work's ISBNs (more than one is a conflict). */
  products: ExistingProduct[]
  /** True when another product already uses the work's handle (a new product then gets another). */
  handle_taken: boolean
  currency_codes: readonly string[]
}

export type Credit = { handle: string; role: ContributorRole }

export type ContributorRef = { handle: string; name: string; bio?: string }

export type SeriesRef = { handle: string; title: string }

export type SubjectRef = { handle: string; name: string; metadata: Record<string, string> }

export type NewVariant = {
  isbn: string
  format: BookFormat
  prices: Price[]
  manage_inventory: boolean
}

export type BookPlan = {
  details: {
    subtitle: string | null
    /** YYYY-MM-DD, or null */
    publication_date: string | null
    publishing_status?: PublishingStatus
    language: string
    edition: string | null
  }
  /** In display order; every handle is in `contributors` of the plan. */
  credits: Credit[]
  formats: { isbn: string; format: BookFormatName; pages: number | null }[]
}

export type ProductChanges = {
  title?: string
  subtitle?: string | null
  description?: string | null
}

type PlanBase = {
  handle: string
  /** Staff-readable list of what the import changes ("GBP price of 978… 9.95 → 10.95"). */
  changes: string[]
  warnings: string[]
}

export type CreatePlan = PlanBase & {
  action: "create"
  product: { title: string; subtitle: string | null; description: string | null; handle: string }
  variants: NewVariant[]
  contributors: ContributorRef[]
  series: SeriesRef | null
  subjects: SubjectRef[]
  book: BookPlan
}

export type UpdatePlan = PlanBase & {
  action: "update"
  product_id: string
  /** The product's variants that carry one of the work's ISBNs: ISBN → variant id. */
  variant_ids: Record<string, string>
  product: ProductChanges | null
  /** Set when the series changes (the product moves to this collection). */
  series: SeriesRef | null
  /** Set when the subject categories change: the full wanted set, plus the other categories kept. */
  subjects: { wanted: SubjectRef[]; keep_category_ids: string[] } | null
  /** Format option values the product lacks for its new variants. */
  option_values: { option_id: string; values: string[] } | null
  new_variants: NewVariant[]
  price_changes: { variant_id: string; isbn: string; prices: Price[] }[]
  contributors: ContributorRef[]
  /** Null when the book details, credits and formats are as wanted. */
  book: BookPlan | null
}

export type UnchangedPlan = PlanBase & { action: "unchanged"; product_id: string }

export type ConflictPlan = PlanBase & { action: "conflict"; reasons: string[] }

export type WorkPlan = CreatePlan | UpdatePlan | UnchangedPlan | ConflictPlan

export type ImportOnixWorkResult = {
  action: "created" | "updated" | "unchanged"
  product_id: string
  handle: string
  changes: string[]
  warnings: string[]
}
