/**
 * The decision rules behind "can this be sold?" and "who gets the copies that arrived?".
 * Pure: the checkout hook, the allocation workflow and the admin routes apply them.
 */

export type StockLevel = { stocked: number; reserved: number }

/** Copies that can still be promised: stocked minus reserved, summed over locations, never negative. */
export function availableQuantity(levels: readonly StockLevel[]): number {
  const free = levels.reduce((sum, l) => sum + (l.stocked - l.reserved), 0)
  return Math.max(0, free)
}

export type PreorderCap = { cap: number | null; claimed: number }

export type SaleCheck = {
  requested: number
  /** Variant does not track stock (e.g. an ebook): always sellable. */
  managesInventory: boolean
  /** Copies free right now (see availableQuantity). */
  available: number
  /** Open pre-order terms of the variant, if any: stock does not limit it, the cap does. */
  preorder: PreorderCap | null
}

export type SaleDecision =
  | { ok: true; kind: "stock" | "preorder" | "unmanaged" }
  | { ok: false; reason: "invalid_quantity" | "sold_out" | "preorder_cap_reached"; remaining: number }

/** May `requested` copies be sold? Pre-orders are limited by their cap, in-stock sales by stock. */
export function decideSale(check: SaleCheck): SaleDecision {
  if (!Number.isInteger(check.requested) || check.requested <= 0) {
    return { ok: false, reason: "invalid_quantity", remaining: 0 }
  }
  if (check.preorder) {
    const { cap, claimed } = check.preorder
    if (cap === null) return { ok: true, kind: "preorder" }
    const remaining = Math.max(0, cap - claimed)
    return check.requested <= remaining
      ? { ok: true, kind: "preorder" }
      : { ok: false, reason: "preorder_cap_reached", remaining }
  }
  if (!check.managesInventory) return { ok: true, kind: "unmanaged" }
  return check.requested <= check.available
    ? { ok: true, kind: "stock" }
    : { ok: false, reason: "sold_out", remaining: check.available }
}

/** The reader-facing message for a refused sale. */
export function saleRefusalMessage(
  title: string,
  decision: Extract<SaleDecision, { ok: false }>
): string {
  switch (decision.reason) {
    case "invalid_quantity":
      return `The quantity of "${title}" must be a whole number above zero.`
    case "sold_out":
      return decision.remaining === 0
        ? `Sold out: "${title}" has no copies left. Your order was not placed and nothing was charged.`
        : `Sold out: only ${decision.remaining} ${decision.remaining === 1 ? "copy" : "copies"} of "${title}" left. Your order was not placed and nothing was charged.`
    case "preorder_cap_reached":
      return decision.remaining === 0
        ? `Pre-orders for "${title}" are sold out. Your order was not placed and nothing was charged.`
        : `Only ${decision.remaining} pre-order ${decision.remaining === 1 ? "copy" : "copies"} of "${title}" left. Your order was not placed and nothing was charged.`
  }
}

export type PendingLine = { id: string; quantity: number }

/**
 * Copies that may go to pending pre-orders: what is stocked minus what is already promised to
 * others. Every pre-order holds a (backordered) reservation, so reservations minus the pending
 * pre-order quantity are the copies promised to ordinary orders and allocated pre-orders — and
 * never fewer than the copies allocated and not yet shipped (a line without a reservation must
 * not make its copy free again).
 */
export function allocatableForPreorders(input: { stocked: number; reserved: number; pending: number; allocated: number }): number {
  const promisedElsewhere = Math.max(0, input.reserved - input.pending, input.allocated)
  return Math.max(0, input.stocked - promisedElsewhere)
}

/**
 * Oldest first: lines (already in FIFO order) are allocated whole while copies last; the first
 * line that does not fit stops the run, so later (younger) lines never overtake it.
 */
export function allocateOldestFirst<T extends PendingLine>(
  lines: readonly T[],
  available: number
): { allocated: T[]; remaining: number; stopped: boolean } {
  const allocated: T[] = []
  let remaining = Math.max(0, available)
  for (const line of lines) {
    if (line.quantity > remaining) return { allocated, remaining, stopped: true }
    allocated.push(line)
    remaining -= line.quantity
  }
  return { allocated, remaining, stopped: false }
}

/** A pre-order line may be cancelled by its reader only while it waits for stock. */
export function canCancelPreorderLine(status: string): boolean {
  return status === "pending"
}

/** New terms need a release date ahead; changed terms may keep theirs. */
export function releaseDateProblem(releaseDate: Date, now: Date, isNew: boolean): string | null {
  if (Number.isNaN(releaseDate.getTime())) return "The release date is not a valid date."
  if (isNew && releaseDate.getTime() <= now.getTime()) {
    return "The release date of new pre-order terms must lie in the future."
  }
  return null
}

/** A cap may not fall below what readers have already pre-ordered. */
export function capProblem(cap: number | null, claimed: number): string | null {
  if (cap === null) return null
  if (!Number.isInteger(cap) || cap <= 0) return "The pre-order cap must be a whole number above zero."
  if (cap < claimed) return `The cap (${cap}) is below the ${claimed} copies already pre-ordered.`
  return null
}

/** Is the variant's stock low? `threshold` defaults to 5 copies. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5
export function isLowStock(available: number, threshold: number | null | undefined): boolean {
  return available <= (threshold ?? DEFAULT_LOW_STOCK_THRESHOLD)
}
