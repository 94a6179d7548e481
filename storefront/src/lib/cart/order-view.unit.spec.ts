import { describe, expect, it } from "@jest/globals"
import { hasPreorders, preorderShipDays, reshapeOrder } from "./order-view"

const item = (id: string, productId: string, price: number) => ({
  id,
  product_id: productId,
  variant_id: `v-${productId}`,
  title: "Paperback",
  product_title: `Book ${productId}`,
  variant_title: "Paperback",
  quantity: 1,
  unit_price: price,
  is_tax_inclusive: true,
})

describe("reshapeOrder", () => {
  const order = {
    id: "order_1",
    display_id: 1042,
    currency_code: "gbp",
    email: "reader@example.org",
    created_at: "2026-11-22T07:00:00.000Z",
    items: [item("i1", "p1", 9.99), item("i2", "p2", 25)],
    shipping_methods: [{ name: "Standard", amount: 3.95 }],
    shipping_total: 3.95,
    tax_total: 0,
    total: 38.94,
    shipping_address: { id: "a", first_name: "Rosa", country_code: "gb" },
  }

  it("keeps the order number, lines, delivery and totals", () => {
    const view = reshapeOrder(order, new Map([["p2", { status: "forthcoming" as const, date: "2027-01-03" }]]))
    expect(view.displayId).toBe(1042)
    expect(view.lines.map((l) => l.title)).toEqual(["Book p1", "Book p2"])
    expect(view.shippingMethod).toBe("Standard")
    expect(view.totals.total).toEqual({ amount: 38.94, currencyCode: "GBP" })
    expect(view.totals.shipping).toEqual({ amount: 3.95, currencyCode: "GBP" })
    expect(view.shippingAddress?.first_name).toBe("Rosa")
    expect(preorderShipDays(view.lines)).toEqual(["2027-01-03"])
    expect(hasPreorders(view.lines)).toBe(true)
  })

  it("has no pre-order dates for an order of books already out", () => {
    const view = reshapeOrder(order)
    expect(preorderShipDays(view.lines)).toEqual([])
    expect(hasPreorders(view.lines)).toBe(false)
  })

  it("dates a line by its variant's open pre-order terms, even for a title already out", () => {
    const view = reshapeOrder(order, new Map(), new Map([["v-p1", { status: "open" as const, releaseDate: "2027-02-14" }]]))
    expect(view.lines[0]?.preorderTerms).toEqual({ status: "open", releaseDate: "2027-02-14" })
    expect(preorderShipDays(view.lines)).toEqual(["2027-02-14"])
    expect(hasPreorders(view.lines)).toBe(true)
  })
})
