import type { HttpTypes } from "@medusajs/types"
import type { Money } from "./money"

export type Availability = "in_stock" | "backorder" | "out_of_stock"

/** A format of a work (Paperback, Hardback, Ebook): a Medusa variant. */
export type Format = {
  id: string
  name: string
  /** ISBN-13, from the variant's EAN. */
  isbn: string | null
  /** The price in the visitor's region; null when the format is not sold there. */
  price: Money | null
  availability: Availability
}

/** What a listing shows about a book. */
export type BookSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  authors: string[]
  coverUrl: string | null
  /** The cheapest format's price in the region, or null when no format has a price there. */
  fromPrice: Money | null
  /** True when the formats have different prices ("From £9.99"). */
  priceVaries: boolean
  /** True when at least one priced format can be ordered. */
  orderable: boolean
}

export type Book = BookSummary & {
  description: string | null
  formats: Format[]
}

type Variant = HttpTypes.StoreProductVariant

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

export function reshapeFormat(variant: Variant): Format {
  return {
    id: variant.id,
    name: formatName(variant),
    isbn: variant.ean?.trim() || null,
    price: variantPrice(variant),
    availability: variantAvailability(variant),
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

export function reshapeBookSummary(product: HttpTypes.StoreProduct): BookSummary {
  return toSummary(product, (product.variants ?? []).map(reshapeFormat))
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

export function reshapeBook(product: HttpTypes.StoreProduct): Book {
  const formats = (product.variants ?? []).map(reshapeFormat).sort(compareFormats)
  return {
    ...toSummary(product, formats),
    description: product.description?.trim() || null,
    formats,
  }
}

function toSummary(product: HttpTypes.StoreProduct, formats: Format[]): BookSummary {
  const { price, varies } = cheapestPrice(formats)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle?.trim() || null,
    authors: authorsFromMetadata(product.metadata),
    coverUrl: product.thumbnail || product.images?.[0]?.url || null,
    fromPrice: price,
    priceVaries: varies,
    orderable: formats.some((f) => f.price !== null && f.availability !== "out_of_stock"),
  }
}

function formatName(variant: Variant): string {
  return variant.title?.trim() || variant.options?.[0]?.value?.trim() || "Edition"
}

export const availabilityLabels: Record<Availability, string> = {
  in_stock: "In stock",
  backorder: "Available to order",
  out_of_stock: "Out of stock",
}

/** Product handles are short slugs; anything else cannot be a book (and must not become a cache tag). */
export function isPlausibleHandle(handle: string): boolean {
  return /^[\p{L}\p{N}_-]{1,200}$/u.test(handle)
}
