/**
 * A product read through `query.graph` (with its book details, credits, series, subjects and
 * formats) turned into the document the "books" index holds. Pure, so the shape is unit-tested.
 */
import { bookAvailability, openReleaseDay, variantInStock, type Availability, type VariantStock, type VariantTerms } from "./availability"

/**
 * The currencies the shop prices in: one sortable `price_<code>` field each. Index fields are
 * fixed by the definition, so a new shop currency is added here (and the index rebuilt by
 * `db:migrate`, which sees the definition change).
 */
export const PRICE_CURRENCIES = ["gbp", "usd", "eur", "cad", "aud", "sek", "chf"] as const
export type PriceCurrency = (typeof PRICE_CURRENCIES)[number]
export type PriceField = `price_${PriceCurrency}`
export const priceField = (currency: PriceCurrency): PriceField => `price_${currency}`

export const BOOK_FORMATS = ["paperback", "hardback", "ebook"] as const
export type BookFormat = (typeof BOOK_FORMATS)[number]

/** What `query.graph` is asked for (see BOOK_GRAPH_FIELDS); every relation may be missing. */
export type BookRow = {
  id: string
  handle?: string | null
  title?: string | null
  subtitle?: string | null
  description?: string | null
  status?: string | null
  thumbnail?: string | null
  created_at?: Date | string | null
  sales_channels?: ({ id?: string | null } | null)[] | null
  collection?: { title?: string | null } | null
  categories?: ({ name?: string | null } | null)[] | null
  book?: {
    subtitle?: string | null
    publication_date?: Date | string | null
    publishing_status?: string | null
    contributions?:
      | ({ position?: number | null; role?: string | null; contributor?: { name?: string | null } | null } | null)[]
      | null
  } | null
  variants?: (VariantRow | null)[] | null
}

export type VariantRow = VariantStock & VariantTerms & {
  title?: string | null
  ean?: string | null
  book_format?: { format?: string | null } | null
  prices?:
    | ({
        amount?: number | string | null
        currency_code?: string | null
        price_list_id?: string | null
        rules_count?: number | null
      } | null)[]
    | null
}

export const BOOK_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "sales_channels.id",
  "collection.title",
  "categories.name",
  "book.subtitle",
  "book.publication_date",
  "book.publishing_status",
  "book.contributions.position",
  "book.contributions.role",
  "book.contributions.contributor.name",
  "variants.title",
  "variants.ean",
  "variants.manage_inventory",
  "variants.book_format.format",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.available_quantity",
  "variants.preorder_terms.status",
  "variants.preorder_terms.release_date",
]

export type BookDocument = {
  id: string
  handle: string
  title: string
  title_sort: string
  subtitle: string | null
  contributors: string[]
  authors: string[]
  series: string | null
  subjects: string[]
  description: string | null
  isbns: string[]
  formats: BookFormat[]
  availability: Availability
  /** Earliest release day ("2027-01-03") of the open pre-order terms on print formats; null without any. */
  preorder_release_date: string | null
  /** The print formats that have open pre-order terms. */
  preorder_formats: BookFormat[]
  publication_year: string | null
  published_at: string | null
  thumbnail: string | null
  status: string
  sales_channel_ids: string[]
} & Record<PriceField, number | null>

const PUBLISHED = "published"

const present = <T>(values: readonly (T | null | undefined)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => value !== null && value !== undefined)

const text = (value: string | null | undefined): string | null => value?.trim() || null

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/**
 * The document for a product, or null when it must not be searchable (not published).
 * Unpublished products are left out of the index itself, not only filtered at query time.
 */
export function toBookDocument(row: BookRow): BookDocument | null {
  if (row.status !== PUBLISHED || !row.handle || !row.title?.trim()) return null
  const variants = present(row.variants)
  const credits = present(row.book?.contributions)
    .filter((credit) => text(credit.contributor?.name))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
  const published = toIsoDate(row.book?.publication_date)
  const title = row.title.trim()
  const preorder = openPreorder(variants)

  return {
    id: row.id,
    handle: row.handle,
    title,
    title_sort: sortableTitle(title),
    subtitle: text(row.book?.subtitle) ?? text(row.subtitle),
    contributors: unique(credits.map((credit) => text(credit.contributor?.name) ?? "")),
    authors: unique(credits.filter((credit) => credit.role === "author").map((c) => text(c.contributor?.name) ?? "")),
    series: text(row.collection?.title),
    subjects: unique(present(row.categories).flatMap((category) => text(category.name) ?? [])).sort(),
    description: text(row.description),
    isbns: unique(variants.flatMap((variant) => isbnDigits(variant.ean) ?? [])),
    formats: unique(variants.flatMap((variant) => formatOf(variant) ?? [])),
    availability: bookAvailability({
      publishingStatus: row.book?.publishing_status,
      formats: variants.map((variant) => ({
        print: isPrint(variant),
        inStock: variantInStock(variant),
        preorder: openReleaseDay(variant) !== null,
      })),
    }),
    preorder_release_date: preorder.release_date,
    preorder_formats: preorder.formats,
    publication_year: published ? published.slice(0, 4) : null,
    // "Newest" sorts by publication date; a book without one counts from when it was listed.
    published_at: published ?? toIsoDate(row.created_at),
    thumbnail: text(row.thumbnail),
    status: row.status,
    sales_channel_ids: unique(present(row.sales_channels).flatMap((channel) => channel.id ?? [])),
    ...lowestPrices(variants),
  }
}

/**
 * Open pre-order terms on print formats: the earliest release day (what "ships on" a reader is
 * told in a listing) and which formats they are on. Ebooks are not pre-ordered copies.
 */
export function openPreorder(variants: readonly VariantRow[]): { release_date: string | null; formats: BookFormat[] } {
  const open = variants.filter(isPrint).flatMap((variant) => {
    const day = openReleaseDay(variant)
    return day ? [{ day, format: formatOf(variant) }] : []
  })
  const days = open.map((entry) => entry.day).sort()
  return {
    release_date: days[0] ?? null,
    formats: unique(open.flatMap((entry) => entry.format ?? [])),
  }
}

/** "The History of Philosophy" → "history of philosophy": case, accents and a leading article ignored. */
export function sortableTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(the|a|an) (?=\S)/, "")
}

/** An ISBN as the index holds it: digits only ("978-1-99999-011-4" → "9781999990114"). */
export function isbnDigits(value: string | null | undefined): string | null {
  const digits = (value ?? "").replace(/[^0-9Xx]/g, "").toUpperCase()
  return /^(\d{13}|\d{9}[\dX])$/.test(digits) ? digits : null
}

export function formatOf(variant: Pick<VariantRow, "book_format" | "title">): BookFormat | null {
  const candidates = [variant.book_format?.format, variant.title]
  for (const candidate of candidates) {
    const value = candidate?.trim().toLowerCase()
    if ((BOOK_FORMATS as readonly string[]).includes(value ?? "")) return value as BookFormat
  }
  return null
}

/** Paperbacks and hardbacks; a variant of unknown form counts as print when its stock is tracked. */
export function isPrint(variant: VariantRow): boolean {
  const format = formatOf(variant)
  return format ? format !== "ebook" : variant.manage_inventory !== false
}

/** The cheapest base price per shop currency (price-list and rule-bound prices left out). */
export function lowestPrices(variants: readonly VariantRow[]): Record<PriceField, number | null> {
  const lowest = Object.fromEntries(PRICE_CURRENCIES.map((c) => [priceField(c), null])) as Record<
    PriceField,
    number | null
  >
  for (const price of variants.flatMap((variant) => present(variant.prices))) {
    const currency = price.currency_code?.toLowerCase() as PriceCurrency | undefined
    if (!currency || !(PRICE_CURRENCIES as readonly string[]).includes(currency)) continue
    if (price.price_list_id || (price.rules_count ?? 0) > 0) continue
    const amount = Number(price.amount)
    if (!Number.isFinite(amount) || amount < 0) continue
    const field = priceField(currency)
    const current = lowest[field]
    lowest[field] = current === null ? amount : Math.min(current, amount)
  }
  return lowest
}

function toIsoDate(value: Date | string | null | undefined): string | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
