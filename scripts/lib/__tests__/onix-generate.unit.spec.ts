import { parse } from "isbn3"
import { isbn13, LARGE_FOOTER, LARGE_HEADER, largeWork, largeWorkXml, mulberry32 } from "../onix-generate.ts"

describe("the large synthetic ONIX catalogue", () => {
  it("is deterministic: work i is the same in every run and every size", () => {
    expect(largeWorkXml(42)).toBe(largeWorkXml(42))
    expect(mulberry32(7)()).toBe(mulberry32(7)())
    expect(largeWork(0).title).toBe(largeWork(0).title)
  })

  it("gives every format a valid ISBN-13 of its own, outside the demo seed's 978-1-99999 block", () => {
    const isbns = Array.from({ length: 2000 }, (_, i) => largeWork(i).formats.map((f) => f.isbn)).flat()
    expect(new Set(isbns).size).toBe(isbns.length)
    for (const isbn of isbns.slice(0, 300)) expect(parse(isbn)?.isValid).toBe(true)
    expect(isbns.every((isbn) => isbn.startsWith("9781999") && !isbn.startsWith("978199999"))).toBe(true)
    expect(parse(isbn13(89_999))?.isValid).toBe(true)
    expect(() => isbn13(90_000)).toThrow(/0 to 89999/)
  })

  it("varies works: 1–3 formats, 2–3 contributors, a series for some, Thema subjects, seven currencies", () => {
    const works = Array.from({ length: 300 }, (_, i) => largeWork(i))
    const counts = new Set(works.map((w) => w.formats.length))
    expect([...counts].sort()).toEqual([1, 2, 3])
    expect(works.every((w) => w.contributors.length >= 2 && w.contributors.length <= 3)).toBe(true)
    expect(works.some((w) => w.series) && works.some((w) => !w.series)).toBe(true)
    const xml = LARGE_HEADER + largeWorkXml(0) + LARGE_FOOTER
    for (const currency of ["GBP", "USD", "EUR", "CAD", "AUD", "SEK", "CHF"]) expect(xml).toContain(`<CurrencyCode>${currency}</CurrencyCode>`)
    expect(xml).toContain("<SubjectSchemeIdentifier>93</SubjectSchemeIdentifier>")
  })
})
