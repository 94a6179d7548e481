/**
 * Rules for fulfilling and shipping pre-ordered lines (ADR 0004 §9). Pure: the fulfilment guard
 * hook, the "mark shipped" workflow and the allocation workflow apply them.
 */

export type FulfilledPreorderLine = { line_item_id: string; status: string; title: string }

/**
 * Why a fulfilment must be refused, or null when it may go ahead: a pre-order line that still
 * waits for stock (`pending`) has no copy set aside for it yet. Allocated, shipped and
 * cancelled lines, and ordinary order lines (no pre-order line at all), do not stop it.
 */
export function fulfilmentRefusal(lines: readonly FulfilledPreorderLine[]): string | null {
  const waiting = [...new Set(lines.filter((l) => l.status === "pending").map((l) => l.title))]
  const [first, ...rest] = waiting
  if (first === undefined) return null
  if (rest.length === 0) return `“${first}” is a pre-order still waiting for stock: allocate it before fulfilling`
  return `${waiting.map((t) => `“${t}”`).join(", ")} are pre-orders still waiting for stock: allocate them before fulfilling`
}

export type ShippablePreorderLine = { id: string; line_item_id: string; status: string; quantity: number }

/**
 * The pre-order lines a shipment completes: allocated lines whose whole quantity Medusa has now
 * recorded as shipped (`shipped` = shipped quantity of the order line). A line shipped in parts
 * stays allocated until its last copy leaves; lines already shipped (a redelivered event),
 * pending or cancelled are left alone.
 */
export function linesCompletedByShipment<T extends ShippablePreorderLine>(
  lines: readonly T[],
  shippedByItem: ReadonlyMap<string, number>
): T[] {
  return lines.filter((l) => l.status === "allocated" && (shippedByItem.get(l.line_item_id) ?? 0) >= l.quantity)
}

/** Tracking numbers of a fulfilment's labels: trimmed, without blanks or repeats, in label order. */
export function trackingNumbers(labels: readonly ({ tracking_number?: string | null } | null | undefined)[]): string[] {
  const numbers = labels.map((l) => l?.tracking_number?.trim() ?? "").filter((n) => n.length > 0)
  return [...new Set(numbers)]
}

export type PlaceableReservation = { id: string; inventory_item_id: string; location_id: string; quantity: number }
export type ReservationMove = { id: string; from: string; to: string }

/**
 * Where the reservations of newly allocated pre-order lines should sit so that each can be
 * fulfilled from one location (ADR 0004 §9). `free` = copies per inventory item and location not
 * promised to anyone else (stocked − reservations of ordinary orders and allocated lines).
 * Reservations are taken in the given (oldest first) order: one stays where it is when its own
 * location has enough free copies; otherwise it moves to the location with the most free copies
 * that can hold it whole (ties: the smaller location id). One that fits nowhere whole (its copies
 * are spread over several locations) stays put and is reported `unplaced`.
 */
export function placeReservations(
  reservations: readonly PlaceableReservation[],
  free: ReadonlyMap<string, ReadonlyMap<string, number>>
): { moves: ReservationMove[]; unplaced: string[] } {
  const left = new Map([...free].map(([item, byLocation]) => [item, new Map(byLocation)]))
  const moves: ReservationMove[] = []
  const unplaced: string[] = []
  for (const r of reservations) {
    const atItem = left.get(r.inventory_item_id) ?? new Map<string, number>()
    left.set(r.inventory_item_id, atItem)
    const own = atItem.get(r.location_id) ?? 0
    if (own >= r.quantity) {
      atItem.set(r.location_id, own - r.quantity)
      continue
    }
    const target = [...atItem]
      .filter(([location, copies]) => location !== r.location_id && copies >= r.quantity)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]
    if (!target) {
      unplaced.push(r.id)
      continue
    }
    atItem.set(target[0], target[1] - r.quantity)
    moves.push({ id: r.id, from: r.location_id, to: target[0] })
  }
  return { moves, unplaced }
}
