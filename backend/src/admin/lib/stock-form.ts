/**
 * The "Receive or adjust stock" form in Medusa Admin: what staff typed → the body of
 * `POST /admin/variants/:id/stock`, or a message beside each field. The server checks again
 * (positive goods-in, no stock below zero or below what is reserved); this only explains early.
 */
export type StockFormValues = { kind: "goods_in" | "adjustment"; locationId: string; quantity: string; note: string }
export type StockFormErrors = Partial<Record<"locationId" | "quantity" | "note", string>>
export type StockMovementBody =
  | { kind: "goods_in"; location_id: string; quantity: number; reference: string }
  | { kind: "adjustment"; location_id: string; quantity: number; reason: string }

export function parseStockForm(values: StockFormValues): { ok: true; body: StockMovementBody } | { ok: false; errors: StockFormErrors } {
  const errors: StockFormErrors = {}
  const goodsIn = values.kind === "goods_in"
  if (!values.locationId) errors.locationId = "Choose the location"
  const text = values.quantity.trim()
  const quantity = Number(text)
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(quantity)) {
    errors.quantity = goodsIn ? "Enter the number of copies received" : "Enter the change in copies, e.g. -3 for three written off"
  } else if (goodsIn && quantity <= 0) {
    errors.quantity = "Copies received must be more than zero"
  } else if (!goodsIn && quantity === 0) {
    errors.quantity = "An adjustment changes stock: enter a number other than zero"
  }
  const note = values.note.trim()
  if (!note) errors.note = goodsIn ? "Enter the delivery note or reference" : "Say why stock changes (damaged, found, recount…)"
  if (errors.locationId || errors.quantity || errors.note) return { ok: false, errors }
  return {
    ok: true,
    body: goodsIn
      ? { kind: "goods_in", location_id: values.locationId, quantity, reference: note }
      : { kind: "adjustment", location_id: values.locationId, quantity, reason: note },
  }
}
