import { describe, expect, it } from "@jest/globals"
import { checkQuantity } from "./quantity"

describe("checkQuantity", () => {
  it("accepts whole numbers from 1 to 99, with spaces around", () => {
    expect(checkQuantity("1")).toEqual({ ok: true, quantity: 1 })
    expect(checkQuantity(" 12 ")).toEqual({ ok: true, quantity: 12 })
    expect(checkQuantity(99)).toEqual({ ok: true, quantity: 99 })
  })

  it("asks for a quantity when the box is empty", () => {
    expect(checkQuantity("")).toEqual({ ok: false, message: "Enter a quantity." })
    expect(checkQuantity(null)).toEqual({ ok: false, message: "Enter a quantity." })
  })

  it("refuses fractions, negatives and words with a sentence saying what to type", () => {
    for (const bad of ["1.5", "-1", "two", "1e2", "0x10"]) {
      expect(checkQuantity(bad)).toEqual({ ok: false, message: "Enter a whole number of copies, such as 1 or 2." })
    }
  })

  it("points to Remove for zero, and caps at 99", () => {
    expect(checkQuantity("0")).toEqual({ ok: false, message: "Enter at least 1, or remove the book from your cart." })
    expect(checkQuantity("100")).toEqual({ ok: false, message: "You can order up to 99 copies at a time." })
    expect(checkQuantity("3", 2)).toEqual({ ok: false, message: "You can order up to 2 copies at a time." })
  })
})
