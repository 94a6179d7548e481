import { duplicateIsbnMessage, hasEan, invalidIsbnMessage, isbnViolations, isValidIsbn13 } from "../isbn-rule"

const paperback = { id: "variant_pb", title: "Paperback", product_title: "Reason in Revolt" }
const hardback = { id: "variant_hb", title: "Hardback", product_title: "Bolshevism" }

describe("isValidIsbn13", () => {
  it("accepts 13 digits with a right check digit in a registered range", () => {
    expect(isValidIsbn13("9780306406157")).toBe(true)
    expect(isValidIsbn13("9781999990114")).toBe(true)
  })

  it("rejects a wrong check digit, an ISBN-10, hyphens and non-ISBN EANs", () => {
    expect(isValidIsbn13("9780000000001")).toBe(false)
    expect(isValidIsbn13("0306406152")).toBe(false)
    expect(isValidIsbn13("978-0-306-40615-7")).toBe(false)
    expect(isValidIsbn13("4006381333931")).toBe(false)
    expect(isValidIsbn13("")).toBe(false)
  })
})

describe("hasEan", () => {
  it("treats null, undefined and blank as unset", () => {
    expect([null, undefined, "", "  "].map(hasEan)).toEqual([false, false, false, false])
    expect(hasEan("9780306406157")).toBe(true)
  })
})

describe("invalidIsbnMessage", () => {
  it("names the variant, the work and the value", () => {
    expect(invalidIsbnMessage({ ...paperback, ean: "9780000000001" })).toBe(
      'Variant "Paperback" of "Reason in Revolt" has an invalid ISBN-13: 9780000000001'
    )
  })

  it("says how to fix a hyphenated ISBN that is otherwise right", () => {
    expect(invalidIsbnMessage({ ...paperback, ean: "978-0-306-40615-7" })).toMatch(/without hyphens/)
  })

  it("is silent for a valid or an unset ean", () => {
    expect(invalidIsbnMessage({ ...paperback, ean: "9780306406157" })).toBeNull()
    expect(invalidIsbnMessage({ ...paperback, ean: null })).toBeNull()
  })
})

describe("duplicateIsbnMessage", () => {
  it("names the variant that already has the ISBN", () => {
    expect(duplicateIsbnMessage({ ...paperback, ean: "9781999990220" }, [{ ...hardback, ean: "9781999990220" }])).toBe(
      'Variant "Paperback" of "Reason in Revolt": ISBN-13 9781999990220 is already used by variant "Hardback" of "Bolshevism"'
    )
  })

  it("ignores the variant itself and variants with other ISBNs", () => {
    const self = { ...paperback, ean: "9781999990114" }
    expect(duplicateIsbnMessage(self, [self, { ...hardback, ean: "9781999990220" }])).toBeNull()
  })

  it("compares variants without an id (a request body) against every holder", () => {
    const draft = { title: "Ebook", product_title: "Anti-Dühring", ean: "9781999990114" }
    expect(duplicateIsbnMessage(draft, [{ ...paperback, ean: "9781999990114" }])).toMatch(/already used by variant "Paperback"/)
  })
})

describe("isbnViolations", () => {
  it("reports invalid ISBNs before looking for duplicates", () => {
    const checked = [
      { ...paperback, ean: "9780000000001" },
      { ...hardback, ean: "9780306406157" },
    ]
    const holders = [{ id: "other", title: "Ebook", product_title: "Anti-Dühring", ean: "9780306406157" }]
    expect(isbnViolations(checked, holders)).toEqual([
      'Variant "Paperback" of "Reason in Revolt" has an invalid ISBN-13: 9780000000001',
    ])
  })

  it("catches two variants written together with the same ISBN", () => {
    const a = { ...paperback, ean: "9780306406157" }
    const b = { ...hardback, ean: "9780306406157" }
    expect(isbnViolations([a, b], [a, b])).toHaveLength(2)
  })

  it("passes unique valid ISBNs and variants without one", () => {
    const checked = [{ ...paperback, ean: "9780306406157" }, { ...hardback, ean: null }]
    expect(isbnViolations(checked, [checked[0]!])).toEqual([])
  })
})
