import { describe, expect, it } from "@jest/globals"
import { bookCount, formatOrderDate } from "./format"

describe("formatOrderDate", () => {
  it("writes the date the way the shop's country does", () => {
    expect(formatOrderDate("2026-11-22T23:30:00.000Z", "gb")).toBe("22 November 2026")
    expect(formatOrderDate("2026-11-22T23:30:00.000Z", "us")).toBe("November 22, 2026")
  })

  it("prints nothing for a date it cannot read", () => {
    expect(formatOrderDate("not a date", "gb")).toBe("")
  })
})

describe("bookCount", () => {
  it("counts in words a reader expects", () => {
    expect(bookCount(1)).toBe("1 book")
    expect(bookCount(3)).toBe("3 books")
  })
})
