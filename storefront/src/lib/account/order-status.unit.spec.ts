import { describe, expect, it } from "@jest/globals"
import { orderStatusLabel } from "./order-status"

describe("orderStatusLabel", () => {
  it("calls a freshly paid order received", () => {
    expect(orderStatusLabel({ status: "pending", paymentStatus: "authorized", fulfillmentStatus: "not_fulfilled" })).toEqual({
      label: "Received, being prepared",
      tone: "neutral",
    })
    expect(orderStatusLabel({ status: "pending", paymentStatus: "captured", fulfillmentStatus: "not_fulfilled" }).label).toBe(
      "Received, being prepared"
    )
  })

  it("follows the parcel: packed, dispatched, delivered", () => {
    const paid = { status: "pending", paymentStatus: "captured" }
    expect(orderStatusLabel({ ...paid, fulfillmentStatus: "fulfilled" }).label).toBe("Packed, awaiting dispatch")
    expect(orderStatusLabel({ ...paid, fulfillmentStatus: "partially_shipped" }).label).toBe("Partly dispatched")
    expect(orderStatusLabel({ ...paid, fulfillmentStatus: "shipped" }).label).toBe("Dispatched")
    expect(orderStatusLabel({ status: "completed", paymentStatus: "captured", fulfillmentStatus: "delivered" })).toEqual({
      label: "Delivered",
      tone: "done",
    })
  })

  it("says cancelled or refunded whatever the delivery state", () => {
    expect(orderStatusLabel({ status: "canceled", paymentStatus: "captured", fulfillmentStatus: "shipped" }).label).toBe("Cancelled")
    expect(orderStatusLabel({ status: "pending", paymentStatus: "refunded", fulfillmentStatus: "delivered" }).label).toBe("Refunded")
  })

  it("flags an order that needs the reader", () => {
    expect(orderStatusLabel({ status: "pending", paymentStatus: "requires_action" }).tone).toBe("attention")
    expect(orderStatusLabel({ status: "pending", paymentStatus: "not_paid", fulfillmentStatus: "not_fulfilled" }).label).toBe(
      "Awaiting payment"
    )
  })

  it("copes with statuses it was not given", () => {
    expect(orderStatusLabel({}).label).toBe("Received, being prepared")
    expect(orderStatusLabel({ status: "completed" }).label).toBe("Completed")
  })
})
