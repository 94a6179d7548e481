import { describe, expect, it } from "@jest/globals"
import type { CartLine } from "./cart-view"
import { shipmentParts, shipsInTwoParts } from "./shipments"

const gbp = (amount: number) => ({ amount, currencyCode: "GBP" })
function line(id: string, extra: Partial<CartLine> = {}): CartLine {
  return {
    id,
    productId: `p-${id}`,
    variantId: `v-${id}`,
    title: `Book ${id}`,
    format: "Paperback",
    handle: null,
    thumbnail: null,
    quantity: 1,
    unitPrice: gbp(10),
    total: gbp(10),
    publication: { status: "active", date: "2020-01-01" },
    ...extra,
  }
}

describe("shipment parts", () => {
  const forthcoming = line("f", { publication: { status: "forthcoming", date: "2027-01-03" } })
  const termed = line("t", { preorderTerms: { status: "open", releaseDate: "2026-12-15" } })
  const undated = line("u", { publication: { status: "forthcoming", date: null } })

  it("splits a mixed cart into the books sent now and the pre-orders sent on release, dates earliest first", () => {
    const parts = shipmentParts([forthcoming, line("a"), termed, undated, line("b")])
    expect(parts.map((p) => ({ kind: p.kind, ids: p.lines.map((l) => l.id), days: p.days }))).toEqual([
      { kind: "now", ids: ["a", "b"], days: [] },
      { kind: "preorder", ids: ["f", "t", "u"], days: ["2026-12-15", "2027-01-03"] },
    ])
    expect(shipsInTwoParts([forthcoming, line("a")])).toBe(true)
  })

  it("is one part when every book is in stock or every book is a pre-order", () => {
    expect(shipmentParts([line("a"), line("b")]).map((p) => p.kind)).toEqual(["now"])
    expect(shipmentParts([forthcoming, termed]).map((p) => p.kind)).toEqual(["preorder"])
    expect(shipsInTwoParts([line("a")])).toBe(false)
    expect(shipsInTwoParts([forthcoming, termed])).toBe(false)
    expect(shipmentParts([])).toEqual([])
  })

  it("closed terms leave a title that is out in the part sent now", () => {
    const closed = line("c", { preorderTerms: { status: "closed", releaseDate: "2026-12-15" } })
    expect(shipmentParts([closed, forthcoming]).map((p) => p.lines.map((l) => l.id))).toEqual([["c"], ["f"]])
  })
})
