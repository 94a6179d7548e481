/**
 * The amount refunded when a reader cancels a pre-order line: what they paid for it, unit price ×
 * quantity, rounded to the currency's cents (shelf prices include tax in the regions that have it).
 * Never negative; 0 for a line without a readable price.
 */
export function preorderLineRefund(unitPrice: number, quantity: number): number {
  if (!Number.isFinite(unitPrice) || !Number.isFinite(quantity) || unitPrice <= 0 || quantity <= 0) return 0
  return Math.round(unitPrice * quantity * 100) / 100
}
