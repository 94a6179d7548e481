/** Rules for staff stock movements (pure; the goods-in and adjust workflows apply them). */

/** Goods-in: a whole number of copies above zero, with a reference (delivery note, PO). */
export function goodsInProblem(quantity: number, reference: string): string | null {
  if (!Number.isInteger(quantity) || quantity <= 0) return "The quantity received must be a whole number above zero."
  if (reference.trim() === "") return "Goods-in needs a reference (delivery note or purchase order)."
  return null
}

/**
 * Adjustment: a non-zero whole number with a reason; stock may not fall below zero, nor below
 * the copies already reserved for orders at that location.
 */
export function adjustmentProblem(input: { stocked: number; reserved: number; change: number; reason: string }): string | null {
  const { stocked, reserved, change, reason } = input
  if (!Number.isInteger(change) || change === 0) return "The adjustment must be a whole number other than zero."
  if (reason.trim() === "") return "An adjustment needs a reason."
  const after = stocked + change
  if (after < 0) return `Stock cannot go below zero (${stocked} on hand, change ${change}).`
  if (after < reserved) return `Stock cannot go below the ${reserved} copies reserved for orders (${stocked} on hand, change ${change}).`
  return null
}
