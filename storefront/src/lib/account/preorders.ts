import { formatDay, isoDay } from "../catalogue/publication"

/** A pre-order line of one of the reader's orders, as `GET /store/preorders?order_id=` returns it. */
export type OrderPreorder = {
  id: string
  lineItemId: string
  quantity: number
  status: "pending" | "allocated" | "shipped" | "cancelled"
  releaseDate: string | null
}

const STATUSES = ["pending", "allocated", "shipped", "cancelled"] as const

export function reshapeOrderPreorders(
  raw: readonly { id: string; line_item_id: string; quantity: unknown; status: string; release_date?: string | null }[] | null | undefined
): OrderPreorder[] {
  return (raw ?? []).flatMap((p) =>
    (STATUSES as readonly string[]).includes(p.status)
      ? [{ id: p.id, lineItemId: p.line_item_id, quantity: Number(p.quantity), status: p.status as OrderPreorder["status"], releaseDate: isoDay(p.release_date) }]
      : []
  )
}

/** One part of an order as the account page shows it: the books sent now, or the pre-ordered ones. */
export type OrderPart<L> =
  | { kind: "now"; lines: L[] }
  | { kind: "preorder"; lines: { line: L; preorder: OrderPreorder }[] }

/**
 * The order in its parts: lines without a pre-order are sent now; pre-ordered lines ship on
 * release, each with its own state. An order of one kind is one part.
 */
export function orderParts<L extends { id: string }>(lines: readonly L[], preorders: readonly OrderPreorder[]): OrderPart<L>[] {
  const byItem = new Map(preorders.map((p) => [p.lineItemId, p]))
  const now: L[] = []
  const later: { line: L; preorder: OrderPreorder }[] = []
  for (const line of lines) {
    const preorder = byItem.get(line.id)
    if (preorder) later.push({ line, preorder })
    else now.push(line)
  }
  const parts: OrderPart<L>[] = []
  if (now.length > 0) parts.push({ kind: "now", lines: now })
  if (later.length > 0) parts.push({ kind: "preorder", lines: later })
  return parts
}

/** What a reader reads about a pre-order's state ("Waiting for release on 3 January 2027"). */
export function preorderStateLabel(preorder: OrderPreorder, countryCode: string): string {
  switch (preorder.status) {
    case "pending":
      return preorder.releaseDate ? `Waiting for release on ${formatDay(preorder.releaseDate, countryCode)}` : "Waiting for release"
    case "allocated":
      return "Copy set aside, ships soon"
    case "shipped":
      return "Shipped"
    case "cancelled":
      return "Cancelled and refunded"
  }
}

/** Only a pending pre-order can be cancelled by the reader (an allocated copy is about to ship). */
export function canCancelPreorder(preorder: OrderPreorder): boolean {
  return preorder.status === "pending"
}
