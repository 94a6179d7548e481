import { describe, expect, it } from "@jest/globals"
import type { Format } from "../catalogue/book"
import { buyableFormats, canBuy } from "./buyable"

const format = (over: Partial<Format>): Format => ({
  id: "v1",
  name: "Paperback",
  kind: "paperback",
  pages: null,
  isbn: null,
  price: { amount: 18.99, currencyCode: "GBP" },
  availability: "in_stock",
  ...over,
})
const active = { status: "active" as const, date: "2020-01-01" }
const forthcoming = { status: "forthcoming" as const, date: "2027-01-03" }

describe("canBuy / buyableFormats", () => {
  it("sells priced formats in stock or on back order, not sold-out or unpriced ones", () => {
    expect(canBuy(format({}), active)).toBe(true)
    expect(canBuy(format({ availability: "backorder" }), active)).toBe(true)
    expect(canBuy(format({ availability: "out_of_stock" }), active)).toBe(false)
    expect(canBuy(format({ price: null }), active)).toBe(false)
  })

  it("takes pre-orders for a forthcoming title but not for a postponed one", () => {
    expect(canBuy(format({ availability: "unpublished" }), forthcoming)).toBe(true)
    expect(canBuy(format({ availability: "unpublished" }), { status: "postponed", date: null })).toBe(false)
  })

  it("labels each buyable format with its price for a listing's format choice", () => {
    const formats = [format({}), format({ id: "v2", name: "Hardback", price: { amount: 29.99, currencyCode: "GBP" } }), format({ id: "v3", name: "Ebook", price: null })]
    expect(buyableFormats(formats, active, "gb")).toEqual([
      { id: "v1", label: "Paperback — £18.99" },
      { id: "v2", label: "Hardback — £29.99" },
    ])
  })
})
