import { describe, expect, it } from "@jest/globals"
import type { HttpTypes } from "@medusajs/types"
import { addressLines, reshapeAddress, reshapeOrderDetail } from "./reshape"

const order = {
  id: "order_01",
  display_id: 42,
  status: "pending",
  payment_status: "captured",
  fulfillment_status: "not_fulfilled",
  created_at: "2026-11-22T10:00:00.000Z",
  currency_code: "gbp",
  email: "rosa@example.com",
  total: 24.98,
  item_subtotal: 21.98,
  shipping_total: 3,
  discount_total: 0,
  tax_total: 0,
  items: [
    { id: "ordli_1", title: "Reform or Revolution", product_title: "Reform or Revolution", variant_title: "Paperback", product_handle: "reform-or-revolution", quantity: 2, unit_price: 10.99, total: 21.98 },
  ],
  shipping_methods: [{ name: "Royal Mail" }],
  shipping_address: { first_name: "Rosa", last_name: "Luxemburg", address_1: "1 Red Lion Square", city: "London", postal_code: "WC1R 4RL", country_code: "gb" },
} as unknown as HttpTypes.StoreOrder

describe("reshapeOrderDetail", () => {
  it("gives the reader's order number, lines, totals and status", () => {
    const detail = reshapeOrderDetail(order)
    expect(detail.number).toBe("#42")
    expect(detail.itemCount).toBe(2)
    expect(detail.status.label).toBe("Received, being prepared")
    expect(detail.lines).toEqual([
      {
        id: "ordli_1",
        title: "Reform or Revolution",
        format: "Paperback",
        handle: "reform-or-revolution",
        quantity: 2,
        unitPrice: { amount: 10.99, currencyCode: "GBP" },
        total: { amount: 21.98, currencyCode: "GBP" },
      },
    ])
    expect(detail.total).toEqual({ amount: 24.98, currencyCode: "GBP" })
    expect(detail.shipping.amount).toBe(3)
    expect(detail.shippingMethod).toBe("Royal Mail")
  })

  it("prints the shipping address as on a parcel", () => {
    const detail = reshapeOrderDetail(order)
    if (!detail.shippingAddress) throw new Error("no address")
    expect(addressLines(detail.shippingAddress, (code) => (code === "gb" ? "United Kingdom" : code))).toEqual([
      "Rosa Luxemburg",
      "1 Red Lion Square",
      "London",
      "WC1R 4RL",
      "United Kingdom",
    ])
  })
})

describe("reshapeAddress", () => {
  it("turns missing optional parts into empty strings", () => {
    expect(reshapeAddress({ id: "cuaddr_1", country_code: "GB" })).toMatchObject({ id: "cuaddr_1", company: "", phone: "", countryCode: "gb" })
  })
})
