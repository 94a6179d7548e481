import { contributionRows, planFormats, upsertInputProblems } from "../upsert-rules"
import type { BookProductSnapshot, UpsertBookDetailsInput } from "../types"

const product: BookProductSnapshot = {
  id: "prod_1",
  title: "Reason in Revolt",
  book_id: null,
  variants: [
    { id: "variant_pb", book_format_id: "bfmt_1" },
    { id: "variant_eb", book_format_id: null },
  ],
}

const input = (over: Partial<UpsertBookDetailsInput>): UpsertBookDetailsInput => ({
  product_id: "prod_1",
  details: {},
  contributors: [],
  ...over,
})

describe("upsertInputProblems", () => {
  it("accepts distinct credits and formats of the product's own variants", () => {
    const ok = input({
      contributors: [
        { contributor_id: "contrib_grant", role: "author" },
        { contributor_id: "contrib_woods", role: "author" },
        { contributor_id: "contrib_woods", role: "introduction" },
      ],
      formats: [{ variant_id: "variant_pb", format: "paperback", pages: 440 }],
    })
    expect(upsertInputProblems(ok, product)).toEqual([])
  })

  it("names a credit listed twice in the same role", () => {
    const twice = input({
      contributors: [
        { contributor_id: "contrib_woods", role: "author" },
        { contributor_id: "contrib_woods", role: "author" },
      ],
    })
    expect(upsertInputProblems(twice, product)).toEqual([
      'contributors[1]: contributor "contrib_woods" is already listed as author',
    ])
  })

  it("names a variant of another product and a variant listed twice", () => {
    const bad = input({
      formats: [
        { variant_id: "variant_other", format: "hardback" },
        { variant_id: "variant_eb", format: "ebook" },
        { variant_id: "variant_eb", format: "ebook" },
      ],
    })
    expect(upsertInputProblems(bad, product)).toEqual([
      'formats[0].variant_id: "variant_other" is not a variant of "Reason in Revolt"',
      'formats[2].variant_id: variant "variant_eb" is listed twice',
    ])
  })
})

describe("planFormats", () => {
  it("updates the format a variant has and creates the missing one", () => {
    const plan = planFormats(
      [
        { variant_id: "variant_pb", format: "paperback", pages: 440 },
        { variant_id: "variant_eb", format: "ebook", pages: null },
      ],
      product
    )
    expect(plan).toEqual({
      update: [{ id: "bfmt_1", format: "paperback", pages: 440 }],
      create: [{ variant_id: "variant_eb", format: "ebook", pages: null }],
    })
  })

  it("leaves pages alone when they are not given, and plans nothing without formats", () => {
    expect(planFormats([{ variant_id: "variant_pb", format: "hardback" }], product).update).toEqual([
      { id: "bfmt_1", format: "hardback" },
    ])
    expect(planFormats(undefined, product)).toEqual({ update: [], create: [] })
  })
})

describe("contributionRows", () => {
  it("positions contributors in the order given", () => {
    expect(
      contributionRows("book_1", [
        { contributor_id: "contrib_grant", role: "author" },
        { contributor_id: "contrib_woods", role: "author" },
      ])
    ).toEqual([
      { book_id: "book_1", contributor_id: "contrib_grant", role: "author", position: 0 },
      { book_id: "book_1", contributor_id: "contrib_woods", role: "author", position: 1 },
    ])
  })
})
