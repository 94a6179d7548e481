/**
 * One plain phrase for where an order stands, from Medusa's three statuses (order, payment,
 * fulfilment). The order of the checks matters: a cancelled or refunded order says so whatever
 * its delivery state; then the furthest delivery step wins; then payment.
 */
export type OrderStatusInput = {
  status?: string | null
  paymentStatus?: string | null
  fulfillmentStatus?: string | null
}

export type OrderStatusTone = "neutral" | "progress" | "done" | "attention" | "ended"

export type OrderStatusLabel = { label: string; tone: OrderStatusTone }

export function orderStatusLabel({ status, paymentStatus, fulfillmentStatus }: OrderStatusInput): OrderStatusLabel {
  if (status === "canceled") return { label: "Cancelled", tone: "ended" }
  if (paymentStatus === "refunded") return { label: "Refunded", tone: "ended" }
  if (status === "requires_action" || paymentStatus === "requires_action") {
    return { label: "Needs your attention", tone: "attention" }
  }
  switch (fulfillmentStatus) {
    case "delivered":
      return { label: "Delivered", tone: "done" }
    case "partially_delivered":
      return { label: "Partly delivered", tone: "progress" }
    case "shipped":
      return { label: "Dispatched", tone: "progress" }
    case "partially_shipped":
      return { label: "Partly dispatched", tone: "progress" }
    case "fulfilled":
    case "partially_fulfilled":
      return { label: "Packed, awaiting dispatch", tone: "progress" }
  }
  if (paymentStatus === "partially_refunded") return { label: "Partly refunded", tone: "progress" }
  if (paymentStatus === "not_paid" || paymentStatus === "awaiting") return { label: "Awaiting payment", tone: "attention" }
  if (status === "completed" || status === "archived") return { label: "Completed", tone: "done" }
  return { label: "Received, being prepared", tone: "neutral" }
}
