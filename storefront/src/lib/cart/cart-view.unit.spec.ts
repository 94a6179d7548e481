import { describe, expect, it } from "@jest/globals"
import { cheapestShipping, productIds, reshapeCart, totalsRows, type RawCart } from "./cart-view"

const line = (over: Partial<NonNullable<RawCart["items"]>[number]> = {}) => ({
  id: "item_1",
  product_id: "prod_1",
  variant_id: "variant_pb",
  title: "Paperback",
  product_title: "Reason in Revolt",
  variant_title: "Paperback",
  product_handle: "reason-in-revolt",
  thumbnail: null,
  quantity: 2,
  unit_price: 9.99,
  is_tax_inclusive: true,
  ...over,
})

const ukCart: RawCart = {
  id: "cart_1",
  region_id: "reg_gb",
  currency_code: "gbp",
  items: [line(), line({ id: "item_2", product_id: "prod_2", variant_id: "v2", product_title: "In Defence of Lenin", quantity: 1, unit_price: 25 })],
  promotions: [{ code: "AUTUMN10", is_automatic: false }, { code: "AUTO", is_automatic: true }],
  discount_total: 4.5,
  shipping_total: 3.95,
  tax_total: 0,
  total: 44.43,
}

describe("reshapeCart", () => {
  it("shows each line at shelf price times copies, and counts copies for the header", () => {
    const cart = reshapeCart(ukCart, new Map([["prod_2", { status: "forthcoming" as const, date: "2027-01-03" }]]))
    expect(cart.lines.map((l) => [l.title, l.format, l.quantity, l.unitPrice.amount, l.total.amount])).toEqual([
      ["Reason in Revolt", "Paperback", 2, 9.99, 19.98],
      ["In Defence of Lenin", "Paperback", 1, 25, 25],
    ])
    expect(cart.itemCount).toBe(3)
    expect(cart.lines[1]?.publication).toEqual({ status: "forthcoming", date: "2027-01-03" })
    expect(cart.lines[0]?.publication).toBeNull()
    expect(cart.currencyCode).toBe("GBP")
  })

  it("lists only the codes the reader typed, not automatic promotions", () => {
    expect(reshapeCart(ukCart).promoCodes).toEqual(["AUTUMN10"])
  })

  it("has no shipping until a delivery is chosen", () => {
    expect(reshapeCart(ukCart).totals.shipping).toBeNull()
    const chosen = reshapeCart({ ...ukCart, shipping_methods: [{ shipping_option_id: "so_1", name: "Standard", amount: 3.95 }] })
    expect(chosen.totals.shipping).toEqual({ amount: 3.95, currencyCode: "GBP" })
    expect(chosen.shippingMethod).toEqual({ optionId: "so_1", name: "Standard", amount: { amount: 3.95, currencyCode: "GBP" } })
  })

  it("remembers which payment provider has a live session", () => {
    const cart = reshapeCart({
      ...ukCart,
      payment_collection: { payment_sessions: [{ provider_id: "pp_system_default", status: "pending" }] },
    })
    expect(cart.paymentProviderId).toBe("pp_system_default")
    expect(reshapeCart(ukCart).paymentProviderId).toBeNull()
  })
})

describe("totalsRows", () => {
  it("says tax is included where shelf prices include it, with a shipping estimate before delivery is chosen", () => {
    const rows = totalsRows(reshapeCart(ukCart).totals, { amount: 3.95, currencyCode: "GBP" })
    expect(rows.map((r) => [r.label, r.amount?.amount ?? null])).toEqual([
      ["Items", 44.98],
      ["Discount", 4.5],
      ["Shipping (estimate)", 3.95],
      ["Total before shipping", 44.43],
      ["Includes tax", 0],
    ])
  })

  it("adds tax as its own line where prices are before tax (US)", () => {
    const us = reshapeCart({
      ...ukCart,
      currency_code: "usd",
      items: [line({ is_tax_inclusive: false, unit_price: 12 })],
      promotions: [],
      discount_total: 0,
      shipping_methods: [{ name: "Standard", amount: 5.95 }],
      shipping_subtotal: 5.95,
      tax_total: 1.2,
      total: 31.15,
    })
    expect(totalsRows(us.totals).map((r) => r.label)).toEqual(["Items", "Shipping", "Tax", "Total"])
  })

  it("says shipping is chosen at checkout when no estimate is known", () => {
    const rows = totalsRows(reshapeCart(ukCart).totals, null)
    expect(rows.find((r) => r.label === "Shipping")).toMatchObject({ amount: null, note: "Chosen at checkout" })
  })
})

describe("cheapestShipping / productIds", () => {
  it("estimates shipping from the cheapest option", () => {
    expect(cheapestShipping([{ amount: 7.95 }, { amount: 3.95 }, { amount: null }], "gbp")).toEqual({ amount: 3.95, currencyCode: "GBP" })
    expect(cheapestShipping([], "gbp")).toBeNull()
  })

  it("lists each product once", () => {
    expect(productIds({ ...ukCart, items: [line(), line({ id: "x" })] })).toEqual(["prod_1"])
  })
})
