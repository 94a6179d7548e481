import { describe, expect, it } from "@jest/globals"
import { readerMessage } from "./errors"

const fetchError = (message: string, status: number) => Object.assign(new Error(message), { status })

describe("readerMessage", () => {
  it("says a title is out of stock in plain words (Medusa's inventory errors)", () => {
    expect(readerMessage(fetchError("Some variant does not have the required inventory", 400))).toMatch(/^Sorry, there are not enough copies in stock/)
  })

  it("repeats an unknown promo code back to the reader", () => {
    expect(readerMessage(fetchError("The promotion code NOPE is invalid", 400))).toBe(
      "“NOPE” is not a valid promo code. Check the spelling, or try another code."
    )
  })

  it("explains a double submission without alarming the reader", () => {
    expect(readerMessage(fetchError("Cart is already being completed by another request", 409))).toBe(
      "Your order is already being placed. Please wait a moment."
    )
  })

  it("apologises in general for anything else, more specifically for server failures", () => {
    expect(readerMessage(fetchError("Unexpected token in JSON", 400))).toBe("Something went wrong. Please try again.")
    expect(readerMessage(fetchError("boom", 503))).toMatch(/could not complete that just now/)
    expect(readerMessage(null, "Could not add the book.")).toBe("Could not add the book.")
  })
})
