import { draftProblems, moveItem, toDraft, toUpsertBody } from "./book-form"
import type { Book } from "./book-types"

const book: Book = {
  id: "book_1",
  product_id: "prod_1",
  subtitle: "Marxist philosophy and modern science",
  publication_date: "1995-01-01T00:00:00.000Z",
  publishing_status: "active",
  language: "eng",
  edition: null,
  contributors: [
    { contributor_id: "c_woods", name: "Alan Woods", handle: "alan-woods", role: "author", position: 0 },
    { contributor_id: "c_grant", name: "Ted Grant", handle: "ted-grant", role: "author", position: 1 },
  ],
  formats: [{ id: "bf_1", variant_id: "v_pb", variant_title: "Paperback", isbn: "9781900007009", format: "paperback", pages: 400 }],
}
const variants = [
  { id: "v_pb", title: "Paperback", ean: "9781900007009" },
  { id: "v_eb", title: "Ebook", ean: "9781913026158" },
]

describe("toDraft", () => {
  it("keeps the credits in their saved order and offers every variant as a format", () => {
    const draft = toDraft({ ...book, contributors: [...book.contributors].reverse() }, variants)
    expect(draft.credits.map((c) => c.name)).toEqual(["Alan Woods", "Ted Grant"])
    expect(draft.publication_date).toBe("1995-01-01")
    expect(draft.formats).toEqual([
      { variant_id: "v_pb", variant_title: "Paperback", isbn: "9781900007009", format: "paperback", saved: true, pages: "400" },
      { variant_id: "v_eb", variant_title: "Ebook", isbn: "9781913026158", format: "", saved: false, pages: "" },
    ])
  })

  it("starts a product without book details as an active English book with no credits", () => {
    const draft = toDraft(null, variants)
    expect(draft).toMatchObject({ publishing_status: "active", language: "eng", subtitle: "", credits: [] })
  })
})

describe("toUpsertBody", () => {
  it("sends blanks as null, credits in order, and only the variants given a format", () => {
    const draft = toDraft(book, variants)
    draft.subtitle = "  "
    draft.publication_date = ""
    draft.credits = moveItem(draft.credits, 1, 0)
    const eb = draft.formats[1]
    if (eb) eb.pages = ""
    expect(toUpsertBody(draft)).toEqual({
      details: { subtitle: null, publication_date: null, publishing_status: "active", language: "eng", edition: null },
      contributors: [
        { contributor_id: "c_grant", role: "author" },
        { contributor_id: "c_woods", role: "author" },
      ],
      formats: [{ variant_id: "v_pb", format: "paperback", pages: 400 }],
    })
  })
})

describe("draftProblems", () => {
  it("names the bad language, the repeated credit and the bad page count", () => {
    const draft = toDraft(book, variants)
    draft.language = "en"
    draft.credits.push({ key: "new-1", contributor_id: "c_woods", name: "Alan Woods", handle: "alan-woods", role: "author" })
    const pb = draft.formats[0]
    if (pb) pb.pages = "12.5"
    const eb = draft.formats[1]
    if (eb) eb.pages = "200"
    expect(draftProblems(draft).map((p) => p.field)).toEqual(["language", "credit:new-1", "format:v_pb", "format:v_eb"])
  })

  it("accepts the same contributor in two roles", () => {
    const draft = toDraft(book, variants)
    draft.credits.push({ key: "new-1", contributor_id: "c_woods", name: "Alan Woods", handle: "alan-woods", role: "introduction" })
    expect(draftProblems(draft)).toEqual([])
  })
})

describe("moveItem", () => {
  it("moves one item and leaves out-of-range moves alone", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"])
    expect(moveItem(["a", "b", "c"], 0, 3)).toEqual(["a", "b", "c"])
  })
})
