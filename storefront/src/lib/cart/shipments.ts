import type { CartLine } from "./cart-view"
import { preorderShipDay } from "./preorder"

/** One of the parcels an order is sent in: the books in stock now, or the pre-ordered ones on release. */
export type ShipmentPart = {
  kind: "now" | "preorder"
  lines: CartLine[]
  /** Release days of the pre-ordered part, earliest first, once each; empty for the part sent now. */
  days: string[]
}

/**
 * How an order is sent: books in stock go now, pre-ordered books on release. A cart of one kind
 * is one part; a mixed cart is two parts (delivery is still charged once, for the order).
 */
export function shipmentParts(lines: readonly CartLine[]): ShipmentPart[] {
  const now: CartLine[] = []
  const later: CartLine[] = []
  const days = new Set<string>()
  for (const line of lines) {
    const ship = preorderShipDay(line.publication, line.preorderTerms)
    if (!ship) {
      now.push(line)
      continue
    }
    later.push(line)
    if (ship.day) days.add(ship.day)
  }
  const parts: ShipmentPart[] = []
  if (now.length > 0) parts.push({ kind: "now", lines: now, days: [] })
  if (later.length > 0) parts.push({ kind: "preorder", lines: later, days: [...days].sort() })
  return parts
}

/** True when a cart mixes books in stock and pre-orders, so it is sent in two parts. */
export function shipsInTwoParts(lines: readonly CartLine[]): boolean {
  return shipmentParts(lines).length > 1
}
