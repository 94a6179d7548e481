import { describe, expect, it } from "@jest/globals"
import { isPreorder, preorderLabel, preorderShipNote } from "./preorder"

describe("pre-order wording", () => {
  const forthcoming = { status: "forthcoming" as const, date: "2027-01-03" }

  it("offers a forthcoming title as a pre-order with its ship date in the country's style", () => {
    expect(preorderLabel(forthcoming, "gb")).toBe("Pre-order — ships on 3 January 2027")
    expect(preorderLabel(forthcoming, "us")).toBe("Pre-order — ships on January 3, 2027")
    expect(preorderLabel({ status: "forthcoming", date: null }, "gb")).toBe("Pre-order — ships on publication")
  })

  it("is not a pre-order once the title is out, postponed or cancelled", () => {
    for (const status of ["active", "postponed", "cancelled"] as const) {
      expect(isPreorder({ status, date: "2027-01-03" })).toBe(false)
      expect(preorderLabel({ status, date: "2027-01-03" }, "gb")).toBeNull()
    }
  })

  it("notes the ship date on a cart line, and nothing for an ordinary line", () => {
    expect(preorderShipNote(forthcoming, "gb")).toBe("Pre-order: ships on 3 January 2027")
    expect(preorderShipNote(null, "gb")).toBeNull()
    expect(preorderShipNote({ status: "active", date: "2020-01-01" }, "gb")).toBeNull()
  })
})
