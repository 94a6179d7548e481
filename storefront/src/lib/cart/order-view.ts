import type { Publication } from "../catalogue/publication"
import { preorderShipDay, type PreorderTerms } from "./preorder"
import { reshapeCart, type PostalAddress, type CartLine, type CartTotals, type RawCart } from "./cart-view"

/** A placed order as the confirmation page shows it. */
export type OrderView = {
  id: string
  /** The order number readers quote ("#1042"). */
  displayId: number | null
  email: string | null
  createdAt: string | null
  lines: CartLine[]
  totals: CartTotals
  shippingAddress: PostalAddress | null
  shippingMethod: string | null
}

export type RawOrder = Omit<RawCart, "shipping_address" | "shipping_methods"> & {
  display_id?: number | null
  created_at?: string | Date | null
  shipping_address?: PostalAddress | null
  shipping_methods?: { name: string; amount: number; shipping_option_id?: string | null }[] | null
}

export function reshapeOrder(
  order: RawOrder,
  publications: ReadonlyMap<string, Publication> = new Map(),
  terms: ReadonlyMap<string, PreorderTerms> = new Map()
): OrderView {
  const view = reshapeCart({ ...order, shipping_address: null, completed_at: null }, publications, terms)
  const created = order.created_at ? new Date(order.created_at) : null
  return {
    id: order.id,
    displayId: typeof order.display_id === "number" ? order.display_id : null,
    email: order.email ?? null,
    createdAt: created && !Number.isNaN(created.getTime()) ? created.toISOString() : null,
    lines: view.lines,
    totals: view.totals,
    shippingAddress: order.shipping_address ?? null,
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
  }
}

/** The pre-ordered lines' ship dates, earliest first, once each ("2027-01-03"). */
export function preorderShipDays(lines: readonly CartLine[]): string[] {
  const days = lines.flatMap((line) => {
    const day = preorderShipDay(line.publication, line.preorderTerms)?.day
    return day ? [day] : []
  })
  return [...new Set(days)].sort()
}

/** True when any line is a pre-order (with or without a known date). */
export function hasPreorders(lines: readonly CartLine[]): boolean {
  return lines.some((line) => preorderShipDay(line.publication, line.preorderTerms) !== null)
}
