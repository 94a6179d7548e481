import type { HttpTypes } from "@medusajs/types"
import { authorNames, reshapeCredits, type Credit, type RawContribution } from "./credits"
import { mediaSrc } from "./media"
import type { Money } from "./money"
import { isUnpublished, languageName, reshapePublication, type Publication } from "./publication"
import { reshapePreorderTerms, type PreorderTerms } from "../cart/preorder"

/** "unpublished": the title is forthcoming or postponed, so no format can be bought as stock yet. */
export type Availability = "in_stock" | "backorder" | "out_of_stock" | "unpublished"

export const bookFormatKinds = ["paperback", "hardback", "ebook"] as const
export type BookFormatKind = (typeof bookFormatKinds)[number]

/** A format of a work (Paperback, Hardback, Ebook): a Medusa variant. */
export type Format = {
  id: string
  name: string
  /** The physical or digital form, when the catalogue records it. */
  kind: BookFormatKind | null
  pages: number | null
  /** ISBN-13, from the variant's EAN. */
  isbn: string | null
  /** The price in the visitor's region; null when the format is not sold there. */
  price: Money | null
  availability: Availability
  /** The variant's pre-order terms (open terms make it a pre-order whatever the title's status). */
  preorderTerms?: PreorderTerms | null
}

/** What a listing shows about a book. */
export type BookSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  /** The authors' names in the book's order (other contributors are in `Book.credits`). */
  authors: string[]
  /** A same-origin image URL ("/media/…"), or null for the generated cover. */
  coverUrl: string | null
  publication: Publication
  /** The cheapest format's price in the region, or null when no format has a price there. */
  fromPrice: Money | null
  /** True when the formats have different prices ("From £9.99"). */
  priceVaries: boolean
  /** True when at least one priced format can be ordered. */
  orderable: boolean
  /** Every format with its price and availability (listings offer them for the cart). */
  formats: Format[]
}

export type Book = BookSummary & {
  description: string | null
  credits: Credit[]
  /** "English", from the ONIX language code. */
  language: string | null
  edition: string | null
  /** The series (a product collection) the book belongs to. */
  series: { title: string; handle: string } | null
  /** Subjects (product categories), by name. */
  subjects: { name: string; handle: string }[]
  formats: Format[]
}

/** A product as read with the book fields (`*book,*book.contributions,…,*variants.book_format`). */
export type BookProduct = Omit<HttpTypes.StoreProduct, "variants"> & {
  book?: {
    subtitle?: string | null
    publication_date?: string | null
    publishing_status?: string | null
    language?: string | null
    edition?: string | null
    contributions?: (RawContribution | null)[] | null
  } | null
  variants?: Variant[] | null
}

type Variant = HttpTypes.StoreProductVariant & {
  book_format?: { format?: string | null; pages?: number | null } | null
  preorder_terms?: { status?: string | null; release_date?: string | Date | null } | null
}

/** Where reshaping needs to know about the outside world. */
export type ReshapeContext = { backendUrl: string }

export function variantAvailability(variant: Variant): Availability {
  if (variant.manage_inventory === false) return "in_stock"
  if ((variant.inventory_quantity ?? 0) > 0) return "in_stock"
  return variant.allow_backorder ? "backorder" : "out_of_stock"
}

export function variantPrice(variant: Variant): Money | null {
  const price = variant.calculated_price
  if (!price || price.calculated_amount == null || !price.currency_code) return null
  return { amount: price.calculated_amount, currencyCode: price.currency_code.toUpperCase() }
}

export function reshapeFormat(variant: Variant, publication?: Publication): Format {
  const name = formatName(variant)
  return {
    id: variant.id,
    name,
    kind: formatKind(variant.book_format?.format) ?? formatKind(name.toLowerCase()),
    pages: positiveInteger(variant.book_format?.pages),
    isbn: variant.ean?.trim() || null,
    price: variantPrice(variant),
    availability: publication && isUnpublished(publication) ? "unpublished" : variantAvailability(variant),
    preorderTerms: reshapePreorderTerms(variant.preorder_terms),
  }
}

/** The lowest price among the formats that have one, and whether the others differ from it. */
export function cheapestPrice(formats: readonly Format[]): { price: Money | null; varies: boolean } {
  const prices = formats.flatMap((f) => (f.price ? [f.price] : []))
  const [first, ...rest] = [...prices].sort((a, b) => a.amount - b.amount)
  if (!first) return { price: null, varies: false }
  return { price: first, varies: rest.some((p) => p.amount !== first.amount) }
}

/** Authors as the catalogue records them in product metadata (`authors: [...]` or `author: "…"`). */
export function authorsFromMetadata(metadata: Record<string, unknown> | null | undefined): string[] {
  const raw = metadata?.authors ?? metadata?.author
  const names = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/\s*;\s*/) : []
  return names.filter((n): n is string => typeof n === "string").map((n) => n.trim()).filter(Boolean)
}

export function reshapeBookSummary(product: BookProduct, context: ReshapeContext): BookSummary {
  const publication = reshapePublication(product.book)
  return toSummary(product, context, publication, (product.variants ?? []).map((v) => reshapeFormat(v, publication)))
}

/** How a bookshop lists formats: print before digital, then the cheaper first. */
const formatOrder = ["paperback", "hardback", "ebook"]

export function compareFormats(a: Format, b: Format): number {
  const rank = (f: Format) => {
    const i = formatOrder.indexOf(f.name.toLowerCase())
    return i === -1 ? formatOrder.length : i
  }
  return (
    rank(a) - rank(b) ||
    (a.price?.amount ?? Number.POSITIVE_INFINITY) - (b.price?.amount ?? Number.POSITIVE_INFINITY) ||
    a.name.localeCompare(b.name, "en")
  )
}

export function reshapeBook(product: BookProduct, context: ReshapeContext): Book {
  const publication = reshapePublication(product.book)
  const formats = (product.variants ?? []).map((v) => reshapeFormat(v, publication)).sort(compareFormats)
  const collection = product.collection
  return {
    ...toSummary(product, context, publication, formats),
    description: product.description?.trim() || null,
    credits: reshapeCredits(product.book?.contributions),
    language: languageName(product.book?.language),
    edition: product.book?.edition?.trim() || null,
    series: collection?.title && collection.handle ? { title: collection.title, handle: collection.handle } : null,
    subjects: (product.categories ?? [])
      .flatMap((c) => (isPublicSubject(c) ? [{ name: c.name, handle: c.handle }] : []))
      .sort((a, b) => a.name.localeCompare(b.name, "en")),
    formats,
  }
}

function toSummary(
  product: BookProduct,
  context: ReshapeContext,
  publication: Publication,
  formats: Format[]
): BookSummary {
  const { price, varies } = cheapestPrice(formats)
  const credited = authorNames(reshapeCredits(product.book?.contributions))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.book?.subtitle?.trim() || product.subtitle?.trim() || null,
    authors: credited.length > 0 ? credited : authorsFromMetadata(product.metadata),
    coverUrl: mediaSrc(product.thumbnail || product.images?.[0]?.url, context.backendUrl),
    publication,
    fromPrice: price,
    priceVaries: varies,
    orderable: formats.some((f) => f.price !== null && (f.availability === "in_stock" || f.availability === "backorder")),
    formats,
  }
}

/** A category a reader may see: named, active and not one staff keep for internal use. */
function isPublicSubject(
  category: HttpTypes.StoreProductCategory | null | undefined
): category is HttpTypes.StoreProductCategory {
  const flags = category as { is_active?: boolean; is_internal?: boolean } | null | undefined
  return !!category?.name && !!category.handle && flags?.is_active !== false && flags?.is_internal !== true
}

function formatKind(value: string | null | undefined): BookFormatKind | null {
  return (bookFormatKinds as readonly string[]).includes(value ?? "") ? (value as BookFormatKind) : null
}

function positiveInteger(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null
}

function formatName(variant: Variant): string {
  return variant.title?.trim() || variant.options?.[0]?.value?.trim() || "Edition"
}

export const availabilityLabels: Record<Availability, string> = {
  in_stock: "In stock",
  backorder: "Available to order",
  out_of_stock: "Out of stock",
  unpublished: "Not yet published",
}

/** Product handles are short slugs; anything else cannot be a book (and must not become a cache tag). */
export function isPlausibleHandle(handle: string): boolean {
  return /^[\p{L}\p{N}_-]{1,200}$/u.test(handle)
}
