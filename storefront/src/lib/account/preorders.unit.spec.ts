import { describe, expect, it } from "@jest/globals"
import { canCancelPreorder, orderParts, preorderStateLabel, reshapeOrderPreorders, type OrderPreorder } from "./preorders"

const pre = (lineItemId: string, status: OrderPreorder["status"], releaseDate: string | null = "2027-01-03"): OrderPreorder => ({
  id: `pl-${lineItemId}`,
  lineItemId,
  quantity: 1,
  status,
  releaseDate,
})

describe("an account order in parts", () => {
  const lines = [{ id: "a" }, { id: "b" }, { id: "c" }]

  it("shows the books sent now and the pre-ordered ones, each with its state", () => {
    const parts = orderParts(lines, [pre("b", "pending"), pre("zzz", "pending")])
    expect(parts).toEqual([
      { kind: "now", lines: [{ id: "a" }, { id: "c" }] },
      { kind: "preorder", lines: [{ line: { id: "b" }, preorder: pre("b", "pending") }] },
    ])
  })

  it("is one part when nothing, or everything, is pre-ordered", () => {
    expect(orderParts(lines, []).map((p) => p.kind)).toEqual(["now"])
    expect(orderParts([{ id: "b" }], [pre("b", "allocated")]).map((p) => p.kind)).toEqual(["preorder"])
  })

  it("says each state, and only a pending pre-order can be cancelled", () => {
    expect(preorderStateLabel(pre("b", "pending"), "gb")).toBe("Waiting for release on 3 January 2027")
    expect(preorderStateLabel(pre("b", "pending", null), "gb")).toBe("Waiting for release")
    expect(preorderStateLabel(pre("b", "allocated"), "gb")).toBe("Copy set aside, ships soon")
    expect(preorderStateLabel(pre("b", "cancelled"), "gb")).toBe("Cancelled and refunded")
    expect(canCancelPreorder(pre("b", "pending"))).toBe(true)
    for (const s of ["allocated", "shipped", "cancelled"] as const) expect(canCancelPreorder(pre("b", s))).toBe(false)
  })

  it("reads the store's lines and drops unknown states", () => {
    expect(
      reshapeOrderPreorders([
        { id: "p1", line_item_id: "i1", quantity: "2", status: "pending", release_date: "2027-01-03T00:00:00.000Z" },
        { id: "p2", line_item_id: "i2", quantity: 1, status: "mystery" },
      ])
    ).toEqual([{ id: "p1", lineItemId: "i1", quantity: 2, status: "pending", releaseDate: "2027-01-03" }])
    expect(reshapeOrderPreorders(null)).toEqual([])
  })
})
