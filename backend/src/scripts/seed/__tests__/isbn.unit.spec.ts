import { parse } from "isbn3"
import { demoIsbn13, isbn13CheckDigit, isValidIsbn13, normaliseIsbn } from "../isbn"

describe("isbn13CheckDigit", () => {
  it("computes the check digit of well-known ISBNs", () => {
    expect(isbn13CheckDigit("978030640615")).toBe(7) // 978-0-306-40615-7
    expect(isbn13CheckDigit("978186197876")).toBe(9) // 978-1-86197-876-9
  })

  it("gives 0 when the weighted sum is already a multiple of ten", () => {
    expect(isbn13CheckDigit("978000000020")).toBe(0)
    expect(isValidIsbn13("9780000000200")).toBe(true)
  })

  it("accepts hyphenated input", () => {
    expect(isbn13CheckDigit("978-0-306-40615")).toBe(7)
  })

  it("refuses anything but twelve digits", () => {
    expect(() => isbn13CheckDigit("97803064061")).toThrow(/12 digits/)
    expect(() => isbn13CheckDigit("97803064061X")).toThrow(/12 digits/)
  })
})

describe("isValidIsbn13", () => {
  it("accepts a correct ISBN-13, with or without hyphens", () => {
    expect(isValidIsbn13("9780306406157")).toBe(true)
    expect(isValidIsbn13("978-0-306-40615-7")).toBe(true)
  })

  it("rejects a wrong check digit, a wrong length and a non-book prefix", () => {
    expect(isValidIsbn13("9780306406158")).toBe(false)
    expect(isValidIsbn13("978030640615")).toBe(false)
    expect(isValidIsbn13("0306406152")).toBe(false) // an ISBN-10
    expect(isValidIsbn13("4006381333931")).toBe(false) // a valid EAN, but not a book
  })

  it("agrees with isbn3 on the demo ISBNs", () => {
    for (const serial of [0, 1, 11, 52, 500, 999]) {
      const isbn = demoIsbn13(serial)
      expect(isValidIsbn13(isbn)).toBe(true)
      expect(parse(isbn)?.isbn13).toBe(isbn)
    }
  })
})

describe("demoIsbn13", () => {
  it("is deterministic and encodes the serial", () => {
    expect(demoIsbn13(11)).toBe(demoIsbn13(11))
    expect(demoIsbn13(11).slice(9, 12)).toBe("011")
  })

  it("refuses serials outside 0–999", () => {
    expect(() => demoIsbn13(1000)).toThrow()
    expect(() => demoIsbn13(-1)).toThrow()
    expect(() => demoIsbn13(1.5)).toThrow()
  })
})

describe("normaliseIsbn", () => {
  it("drops hyphens and spaces", () => {
    expect(normaliseIsbn("978 0-306 40615-7")).toBe("9780306406157")
  })
})
