import type { OrderConfirmationData } from "../../lib/mail/templates"

/**
 * The order as send-order-confirmation reads it with query.graph (ORDER_EMAIL_FIELDS), and its
 * translation into the template's data — pure, so the pre-order rules are unit-tested.
 */
type Metadata = Record<string, unknown> | null | undefined

export type OrderForEmail = {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  item_subtotal?: number | null
  shipping_subtotal?: number | null
  discount_subtotal?: number | null
  tax_total?: number | null
  total: number
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    company?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
  } | null
  shipping_methods?: ({ name?: string | null } | null)[] | null
  items?: (OrderItemForEmail | null)[] | null
}

export type OrderItemForEmail = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  subtotal?: number | null
  metadata?: Metadata
  variant?: {
    metadata?: Metadata
    book_format?: { format?: string | null } | null
    /** Pre-order terms (issue 5), when the query asks for `items.variant.preorder_terms.*`. */
    preorder_terms?: { release_date?: string | Date | null; status?: string | null } | null
    product?: {
      metadata?: Metadata
      book?: { publishing_status?: string | null; publication_date?: string | Date | null } | null
    } | null
  } | null
}

/** What the workflow reads: amounts, lines with format and pre-order hints, address. */
export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "item_subtotal",
  "shipping_subtotal",
  "discount_subtotal",
  "tax_total",
  "total",
  "shipping_address.*",
  "shipping_methods.name",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.metadata",
  "items.variant.metadata",
  "items.variant.book_format.format",
  "items.variant.product.metadata",
  "items.variant.product.book.publishing_status",
  "items.variant.product.book.publication_date",
]

const RELEASE_KEYS = ["preorder_release_date", "release_date", "ships_on"] as const

function isoDate(value: unknown): string | undefined {
  if (!(typeof value === "string" || value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function releaseFromMetadata(metadata: Metadata): string | undefined {
  for (const key of RELEASE_KEYS) {
    const date = isoDate(metadata?.[key])
    if (date) return date
  }
  return undefined
}

/**
 * The date a pre-ordered line ships on, or undefined for a line in stock. In order of
 * precedence: the line's own metadata (what the reader was promised at checkout), the variant's
 * open pre-order terms or metadata, the product's metadata, and a forthcoming book's
 * publication date (ONIX list 64: forthcoming implies pre-order).
 */
export function preorderShipDate(item: OrderItemForEmail): string | undefined {
  const variant = item.variant
  const terms = variant?.preorder_terms
  const book = variant?.product?.book
  return (
    releaseFromMetadata(item.metadata) ??
    (terms && terms.status !== "closed" ? isoDate(terms.release_date) : undefined) ??
    releaseFromMetadata(variant?.metadata) ??
    releaseFromMetadata(variant?.product?.metadata) ??
    (book?.publishing_status === "forthcoming" ? isoDate(book.publication_date) : undefined)
  )
}

const FORMAT_LABELS: Record<string, string> = { paperback: "Paperback", hardback: "Hardback", ebook: "Ebook" }

function formatOf(item: OrderItemForEmail): string | null {
  const format = item.variant?.book_format?.format
  if (format) return FORMAT_LABELS[format] ?? format
  // A variant without book details is still named by its title ("Paperback"); "Default" is noise.
  const title = item.variant_title?.trim()
  return title && !/^default/i.test(title) ? title : null
}

const num = (value: number | null | undefined) => Number(value ?? 0)

export function orderConfirmationData(order: OrderForEmail): OrderConfirmationData {
  const address = order.shipping_address
  const name = [address?.first_name, address?.last_name].filter(Boolean).join(" ").trim()
  const items = (order.items ?? []).filter((item): item is OrderItemForEmail => item !== null)
  return {
    order_number: order.display_id ?? order.id,
    customer_name: address?.first_name || null,
    currency_code: order.currency_code,
    items: items.map((item) => ({
      title: item.product_title || item.title || "Item",
      format: formatOf(item),
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      subtotal: item.subtotal ?? num(item.unit_price) * num(item.quantity),
      ships_on: preorderShipDate(item) ?? null,
    })),
    item_subtotal: num(order.item_subtotal),
    shipping_total: num(order.shipping_subtotal),
    discount_total: num(order.discount_subtotal),
    tax_total: num(order.tax_total),
    total: num(order.total),
    shipping_method: order.shipping_methods?.find((m) => m?.name)?.name ?? null,
    shipping_address: address
      ? {
          name: name || null,
          company: address.company ?? null,
          address_1: address.address_1 ?? null,
          address_2: address.address_2 ?? null,
          city: address.city ?? null,
          province: address.province ?? null,
          postal_code: address.postal_code ?? null,
          country: address.country_code?.toUpperCase() ?? null,
        }
      : null,
  }
}
