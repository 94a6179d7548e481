import { describe, expect, it } from "@jest/globals"
import { isPreorder, openTerms, preorderLabel, preorderShipDay, preorderShipNote, reshapePreorderTerms, termsByVariant } from "./preorder"

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

describe("pre-order terms on a variant", () => {
  const open = { status: "open" as const, releaseDate: "2027-03-10" }

  it("open terms win over the publication: their release date is the ship date", () => {
    expect(preorderLabel({ status: "active", date: "2020-01-01" }, "gb", open)).toBe("Pre-order — ships on 10 March 2027")
    expect(preorderLabel({ status: "forthcoming", date: "2027-01-03" }, "gb", open)).toBe("Pre-order — ships on 10 March 2027")
    expect(preorderShipNote({ status: "postponed", date: null }, "gb", open)).toBe("Pre-order: ships on 10 March 2027")
    expect(preorderShipDay(null, open)).toEqual({ day: "2027-03-10" })
  })

  it("closed or missing terms fall back to the publication: forthcoming ships on its publication date", () => {
    const closed = { status: "closed" as const, releaseDate: "2027-03-10" }
    expect(preorderLabel({ status: "forthcoming", date: "2027-01-03" }, "gb", closed)).toBe("Pre-order — ships on 3 January 2027")
    expect(preorderLabel({ status: "forthcoming", date: "2027-01-03" }, "gb", null)).toBe("Pre-order — ships on 3 January 2027")
    expect(preorderLabel({ status: "active", date: "2020-01-01" }, "gb", closed)).toBeNull()
    expect(isPreorder({ status: "active", date: "2020-01-01" }, null)).toBe(false)
  })

  it("reads the store's terms and picks the open ones a listing button speaks for", () => {
    expect(reshapePreorderTerms({ status: "open", release_date: "2027-03-10T00:00:00.000Z" })).toEqual(open)
    expect(reshapePreorderTerms(null)).toBeNull()
    expect(reshapePreorderTerms({ status: "weird", release_date: null })).toBeNull()
    expect(openTerms([{ preorderTerms: null }, { preorderTerms: { status: "closed", releaseDate: null } }, { preorderTerms: open }])).toBe(open)
    expect(openTerms([{}])).toBeNull()
    expect([...termsByVariant([{ formats: [{ id: "v1", preorderTerms: open }, { id: "v2", preorderTerms: null }] }, {}])]).toEqual([["v1", open]])
  })
})
