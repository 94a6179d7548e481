/** A reservation as it was, to re-create it exactly when a step that removed or moved it is undone. */
export type SavedReservation = {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
  description: string | null
  external_id: string | null
  metadata: Record<string, unknown> | null
}

type ReservationRow = {
  line_item_id?: string | null
  inventory_item_id: string
  location_id: string
  quantity: unknown
  allow_backorder?: boolean | null
  description?: string | null
  external_id?: string | null
  metadata?: unknown
}

/** What to keep of a reservation of `lineItemId` before deleting it. */
export function savedReservation(row: ReservationRow, lineItemId: string): SavedReservation {
  return {
    line_item_id: lineItemId,
    inventory_item_id: row.inventory_item_id,
    location_id: row.location_id,
    quantity: Number(row.quantity),
    allow_backorder: !!row.allow_backorder,
    description: row.description ?? null,
    external_id: row.external_id ?? null,
    metadata: (row.metadata as Record<string, unknown> | null | undefined) ?? null,
  }
}
