// Named with a leading "_": Medusa imports every other file under src/search at boot.
import { isbnDigits, lowestPrices, sortableTitle, toBookDocument, type BookRow } from "../document"

const stocked = (available: number) => ({
  manage_inventory: true,
  inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ available_quantity: available }] } }],
})

const row = (overrides: Partial<BookRow> = {}): BookRow => ({
  id: "prod_1",
  handle: "in-defence-of-lenin",
  title: "In Defence of Lenin",
  subtitle: "Volume 1 (product)",
  description: " A biography. ",
  status: "published",
  thumbnail: "http://localhost:9000/static/cover.png",
  created_at: "2024-01-02T10:00:00.000Z",
  sales_channels: [{ id: "sc_1" }, null],
  collection: { title: "Lenin centenary" },
  categories: [{ name: "History" }, { name: "Biography" }, null],
  book: {
    subtitle: "Volume 1",
    publication_date: "2024-01-21T00:00:00.000Z",
    publishing_status: "forthcoming",
    contributions: [
      { position: 1, role: "author", contributor: { name: "Alan Woods" } },
      { position: 0, role: "author", contributor: { name: "Rob Sewell" } },
      { position: 2, role: "introduction", contributor: { name: "Ted Grant" } },
      { position: 3, role: "editor", contributor: null },
    ],
  },
  variants: [
    {
      title: "Paperback",
      ean: "978-1-99999-051-2",
      book_format: { format: "paperback" },
      ...stocked(0),
      prices: [
        { amount: 19.99, currency_code: "gbp", price_list_id: null, rules_count: 0 },
        { amount: 24.99, currency_code: "usd", price_list_id: null, rules_count: 0 },
        { amount: 9.99, currency_code: "gbp", price_list_id: "plist_sale", rules_count: 0 },
      ],
    },
    {
      title: "Hardback",
      ean: "9781999990529",
      book_format: null,
      ...stocked(0),
      prices: [{ amount: "29.99", currency_code: "GBP", price_list_id: null, rules_count: 0 }],
    },
  ],
  ...overrides,
})

describe("toBookDocument", () => {
  it("holds what a reader searches, filters and sorts by", () => {
    expect(toBookDocument(row())).toEqual({
      id: "prod_1",
      handle: "in-defence-of-lenin",
      title: "In Defence of Lenin",
      title_sort: "in defence of lenin",
      subtitle: "Volume 1",
      contributors: ["Rob Sewell", "Alan Woods", "Ted Grant"],
      authors: ["Rob Sewell", "Alan Woods"],
      series: "Lenin centenary",
      subjects: ["Biography", "History"],
      description: "A biography.",
      isbns: ["9781999990512", "9781999990529"],
      formats: ["paperback", "hardback"],
      availability: "preorder",
      preorder_release_date: null,
      preorder_formats: [],
      publication_year: "2024",
      published_at: "2024-01-21T00:00:00.000Z",
      thumbnail: "http://localhost:9000/static/cover.png",
      status: "published",
      sales_channel_ids: ["sc_1"],
      price_gbp: 19.99,
      price_usd: 24.99,
      price_eur: null,
      price_cad: null,
      price_aud: null,
      price_sek: null,
      price_chf: null,
    })
  })

  it("leaves unpublished products out of the index", () => {
    for (const status of ["draft", "proposed", "rejected", null]) {
      expect(toBookDocument(row({ status }))).toBeNull()
    }
  })

  it("is in stock when a print copy is, and falls back to the product's subtitle and listing date", () => {
    const document = toBookDocument(
      row({
        book: null,
        variants: [
          { title: "Ebook", manage_inventory: false, prices: [] },
          { title: "Paperback", ...stocked(3) },
        ],
      })
    )
    expect(document).toMatchObject({
      availability: "in_stock",
      formats: ["ebook", "paperback"],
      subtitle: "Volume 1 (product)",
      contributors: [],
      publication_year: null,
      published_at: "2024-01-02T10:00:00.000Z",
      price_gbp: null,
    })
  })

  it("is out of stock when only the ebook is available", () => {
    const variants = [{ title: "Ebook", manage_inventory: false }, { title: "Paperback", ...stocked(0) }]
    expect(toBookDocument(row({ book: { publishing_status: "active" }, variants }))?.availability).toBe("out_of_stock")
  })
})

describe("pre-order terms in the document", () => {
  const terms = (status: string, release_date: string) => ({ preorder_terms: { status, release_date } })

  it("carries the earliest open release day and the print formats that have open terms", () => {
    const document = toBookDocument(
      row({
        book: { publishing_status: "active" },
        variants: [
          { title: "Paperback", ...stocked(4), ...terms("open", "2027-03-01T00:00:00.000Z") },
          { title: "Hardback", ...stocked(0), ...terms("open", "2027-01-15T00:00:00.000Z") },
          { title: "Ebook", manage_inventory: false, ...terms("open", "2026-12-01T00:00:00.000Z") },
        ],
      })
    )
    expect(document).toMatchObject({
      availability: "preorder",
      preorder_release_date: "2027-01-15",
      preorder_formats: ["paperback", "hardback"],
    })
  })

  it("ignores closed terms: a title in stock is in stock again", () => {
    const document = toBookDocument(
      row({ book: { publishing_status: "active" }, variants: [{ title: "Paperback", ...stocked(2), ...terms("closed", "2027-01-15T00:00:00.000Z") }] })
    )
    expect(document).toMatchObject({ availability: "in_stock", preorder_release_date: null, preorder_formats: [] })
  })
})

describe("sortableTitle", () => {
  it("ignores case, accents, punctuation and a leading article", () => {
    expect(sortableTitle("The History of Philosophy")).toBe("history of philosophy")
    expect(sortableTitle("Anti-Dühring")).toBe("anti duhring")
    expect(sortableTitle("A Theory")).toBe("theory")
    expect(sortableTitle("The")).toBe("the")
    expect(sortableTitle("Classics of Marxism, Volume 1")).toBe("classics of marxism volume 1")
  })
})

describe("isbnDigits", () => {
  it("keeps the digits of an ISBN-13 or ISBN-10 and rejects anything else", () => {
    expect(isbnDigits("978-1-99999-011-4")).toBe("9781999990114")
    expect(isbnDigits("0-8044-2957-x")).toBe("080442957X")
    expect(isbnDigits("12345")).toBeNull()
    expect(isbnDigits(null)).toBeNull()
  })
})

describe("lowestPrices", () => {
  it("takes the cheapest base price per currency and ignores sale and rule-bound prices", () => {
    const prices = lowestPrices([
      { prices: [{ amount: 12, currency_code: "eur" }, { amount: 5, currency_code: "eur", rules_count: 1 }] },
      { prices: [{ amount: 10.5, currency_code: "eur" }, { amount: 1, currency_code: "jpy" }, null] },
    ])
    expect(prices.price_eur).toBe(10.5)
    expect(prices.price_gbp).toBeNull()
    expect(Object.keys(prices)).toHaveLength(7)
  })
})
