import type { Money } from "../catalogue/money"
import type { Publication } from "../catalogue/publication"
import type { PreorderTerms } from "./preorder"

/** A delivery address as the cart and order carry it. */
export type PostalAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** One line of the cart (or of an order) as the pages show it. */
export type CartLine = {
  id: string
  productId: string | null
  variantId: string | null
  /** The book's title. */
  title: string
  /** The format ("Paperback"). */
  format: string | null
  handle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: Money
  /** Quantity × shelf price (before promotions), as the reader sees it on the book page. */
  total: Money
  /** Set for forthcoming titles, so the line can say when it ships. */
  publication: Publication | null
  /** The variant's pre-order terms, when it has any (open terms make the line a pre-order). */
  preorderTerms?: PreorderTerms | null
}

export type CartTotals = {
  /** Lines at shelf price: including tax where prices include it, else before tax. */
  items: Money
  /** What promotions take off (a positive amount); null when nothing is taken off. */
  discount: Money | null
  /** The chosen delivery's price; null before a delivery is chosen. */
  shipping: Money | null
  tax: Money
  total: Money
  /** True where shelf prices include tax (UK, EU): tax is then shown as "includes". */
  taxInclusive: boolean
}

export type CartView = {
  id: string
  regionId: string | null
  currencyCode: string
  email: string | null
  lines: CartLine[]
  /** Copies in the cart (the header's count). */
  itemCount: number
  totals: CartTotals
  promoCodes: string[]
  shippingAddress: PostalAddress | null
  shippingMethod: { optionId: string | null; name: string; amount: Money } | null
  /** The payment provider of the cart's pending session, if one was started. */
  paymentProviderId: string | null
  completed: boolean
}

type RawLine = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  product_handle?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  is_tax_inclusive?: boolean
}

export type RawCart = {
  id: string
  region_id?: string | null
  currency_code: string
  email?: string | null
  metadata?: Record<string, unknown> | null
  completed_at?: string | Date | null
  items?: RawLine[] | null
  promotions?: { code?: string | null; is_automatic?: boolean | null }[] | null
  shipping_address?: PostalAddress | null
  shipping_methods?: { shipping_option_id?: string | null; name: string; amount: number; total?: number | null; subtotal?: number | null }[] | null
  payment_collection?: { payment_sessions?: { provider_id: string; status: string }[] | null } | null
  item_subtotal?: number | null
  original_item_total?: number | null
  discount_total?: number | null
  discount_subtotal?: number | null
  shipping_total?: number | null
  shipping_subtotal?: number | null
  tax_total?: number | null
  total?: number | null
}

/** Rounds to the currency's minor unit (every currency the shop sells in has two decimals). */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100
}

const money = (amount: number | null | undefined, currencyCode: string): Money => ({
  amount: roundMoney(amount ?? 0),
  currencyCode: currencyCode.toUpperCase(),
})

/** The line's shelf total: the price the reader saw, times the copies. */
function lineTotal(line: RawLine): number {
  return roundMoney(line.unit_price * line.quantity)
}

export function reshapeLine(
  line: RawLine,
  currencyCode: string,
  publications: ReadonlyMap<string, Publication> = new Map(),
  terms: ReadonlyMap<string, PreorderTerms> = new Map()
): CartLine {
  return {
    id: line.id,
    productId: line.product_id ?? null,
    variantId: line.variant_id ?? null,
    title: line.product_title?.trim() || line.title,
    format: line.variant_title?.trim() || null,
    handle: line.product_handle ?? null,
    thumbnail: line.thumbnail ?? null,
    quantity: line.quantity,
    unitPrice: money(line.unit_price, currencyCode),
    total: money(lineTotal(line), currencyCode),
    publication: (line.product_id && publications.get(line.product_id)) || null,
    preorderTerms: (line.variant_id && terms.get(line.variant_id)) || null,
  }
}

/** A Medusa cart as the cart and checkout pages show it. */
export function reshapeCart(
  cart: RawCart,
  publications: ReadonlyMap<string, Publication> = new Map(),
  terms: ReadonlyMap<string, PreorderTerms> = new Map()
): CartView {
  const currency = cart.currency_code
  const items = cart.items ?? []
  const taxInclusive = items.some((item) => item.is_tax_inclusive === true)
  const lines = items.map((item) => reshapeLine(item, currency, publications, terms))
  const method = cart.shipping_methods?.[0]
  const discount = roundMoney(taxInclusive ? cart.discount_total ?? 0 : cart.discount_subtotal ?? cart.discount_total ?? 0)
  const itemsAmount = lines.reduce((sum, line) => sum + line.total.amount, 0)
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.status === "pending" || s.status === "requires_more" || s.status === "authorized")
  return {
    id: cart.id,
    regionId: cart.region_id ?? null,
    currencyCode: currency.toUpperCase(),
    email: cart.email ?? null,
    lines,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    totals: {
      items: money(itemsAmount, currency),
      discount: discount > 0 ? money(discount, currency) : null,
      shipping: method
        ? money(taxInclusive ? cart.shipping_total : cart.shipping_subtotal ?? cart.shipping_total, currency)
        : null,
      tax: money(cart.tax_total, currency),
      total: money(cart.total, currency),
      taxInclusive,
    },
    promoCodes: (cart.promotions ?? []).flatMap((p) => (p.code && !p.is_automatic ? [p.code] : [])),
    shippingAddress: cart.shipping_address ?? null,
    shippingMethod: method
      ? { optionId: method.shipping_option_id ?? null, name: method.name, amount: money(method.amount, currency) }
      : null,
    paymentProviderId: session?.provider_id ?? null,
    completed: !!cart.completed_at,
  }
}

/** One row of the totals table: label, amount, and whether it is taken off (a discount). */
export type TotalsRow = { label: string; amount: Money | null; note?: string; kind: "plain" | "discount" | "total" | "tax" }

/**
 * The rows a cart, checkout or order summary shows, in order. Shipping shows the chosen
 * delivery's price or, before one is chosen, "from" the cheapest option (an estimate).
 */
export function totalsRows(totals: CartTotals, shippingEstimate: Money | null = null): TotalsRow[] {
  const rows: TotalsRow[] = [{ label: "Items", amount: totals.items, kind: "plain" }]
  if (totals.discount) rows.push({ label: "Discount", amount: totals.discount, kind: "discount" })
  if (totals.shipping) rows.push({ label: "Shipping", amount: totals.shipping, kind: "plain" })
  else if (shippingEstimate) rows.push({ label: "Shipping (estimate)", amount: shippingEstimate, note: "from", kind: "plain" })
  else rows.push({ label: "Shipping", amount: null, note: "Chosen at checkout", kind: "plain" })
  if (!totals.taxInclusive) rows.push({ label: "Tax", amount: totals.tax, kind: "tax" })
  rows.push({ label: totals.shipping ? "Total" : "Total before shipping", amount: totals.total, kind: "total" })
  if (totals.taxInclusive) rows.push({ label: "Includes tax", amount: totals.tax, kind: "tax" })
  return rows
}

/** The cheapest of the delivery options' prices: the cart's shipping estimate. */
export function cheapestShipping(options: readonly { amount: number | null | undefined }[], currencyCode: string): Money | null {
  const amounts = options.flatMap((o) => (typeof o.amount === "number" ? [o.amount] : []))
  if (amounts.length === 0) return null
  return money(Math.min(...amounts), currencyCode)
}

/** The ids of the products in the cart, once each (to look up their publication dates). */
export function productIds(cart: RawCart): string[] {
  return [...new Set((cart.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : [])))]
}
