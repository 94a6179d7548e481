import type { OnixFormat, OnixWork } from "../../lib/onix"
import { planWorkImport } from "./plan-work-import"
import type { CreatePlan, ExistingProduct, ExistingState, ExistingVariant, UpdatePlan } from "./types"

const CURRENCIES = ["gbp", "usd", "eur"]

const paperback: OnixFormat = {
  recordReference: "WR-1-PB",
  isbn13: "9781999000007",
  format: "Paperback",
  pages: 320,
  publishingDate: "2024-03-01",
  status: "active",
  prices: [
    { currency_code: "gbp", amount: 12.99 },
    { currency_code: "usd", amount: 16.99 },
  ],
}
const ebook: OnixFormat = {
  recordReference: "WR-1-EB",
  isbn13: "9781999000014",
  format: "Ebook",
  status: "active",
  prices: [{ currency_code: "gbp", amount: 6.99 }],
}

const work = (overrides: Partial<OnixWork> = {}): OnixWork => ({
  handle: "the-permanent-revolution",
  title: "The Permanent Revolution",
  subtitle: "Results and Prospects",
  contributors: [
    { name: "Leon Trotsky", role: "author" },
    { name: "Alan Woods", role: "introduction" },
  ],
  series: { title: "Marxist Classics" },
  subjects: [{ scheme: "thema", schemeIdentifier: "93", code: "JPFF", main: true }],
  description: "A demo description.",
  language: "eng",
  status: "active",
  publicationDate: "2024-03-01",
  formats: [paperback, ebook],
  warnings: [],
  ...overrides,
})

const variant = (format: OnixFormat, overrides: Partial<ExistingVariant> = {}): ExistingVariant => ({
  id: `variant_${format.format}`,
  ean: format.isbn13,
  sku: format.isbn13,
  title: format.format,
  format: format.format,
  prices: format.prices,
  book_format: { format: format.format.toLowerCase() as "paperback", pages: format.pages ?? null },
  ...overrides,
})

/** The product exactly as an earlier import of `work()` left it. */
const imported = (overrides: Partial<ExistingProduct> = {}): ExistingProduct => ({
  id: "prod_1",
  title: "The Permanent Revolution",
  subtitle: "Results and Prospects",
  description: "A demo description.",
  handle: "the-permanent-revolution",
  collection_handle: "marxist-classics",
  categories: [{ id: "pcat_1", handle: "thema-jpff", is_subject: true }],
  format_option: { id: "opt_1", values: ["Paperback", "Hardback", "Ebook"] },
  option_count: 1,
  variants: [variant(paperback), variant(ebook)],
  book: {
    subtitle: "Results and Prospects",
    publication_date: "2024-03-01",
    publishing_status: "active",
    language: "eng",
    edition: null,
    contributors: [
      { handle: "leon-trotsky", role: "author" },
      { handle: "alan-woods", role: "introduction" },
    ],
  },
  ...overrides,
})

const state = (products: ExistingProduct[], overrides: Partial<ExistingState> = {}): ExistingState => ({
  products,
  handle_taken: false,
  currency_codes: CURRENCIES,
  ...overrides,
})

describe("planWorkImport: a work the shop does not have", () => {
  it("creates one product with a variant per format, its contributors, series, subjects and book details", () => {
    const plan = planWorkImport(work(), state([])) as CreatePlan
    expect(plan.action).toBe("create")
    expect(plan.product).toEqual({
      title: "The Permanent Revolution",
      subtitle: "Results and Prospects",
      description: "A demo description.",
      handle: "the-permanent-revolution",
    })
    expect(plan.variants).toEqual([
      { isbn: "9781999000007", format: "Paperback", prices: paperback.prices, manage_inventory: true },
      { isbn: "9781999000014", format: "Ebook", prices: ebook.prices, manage_inventory: false },
    ])
    expect(plan.contributors.map((c) => c.handle)).toEqual(["leon-trotsky", "alan-woods"])
    expect(plan.series).toEqual({ handle: "marxist-classics", title: "Marxist Classics" })
    expect(plan.subjects).toEqual([
      { handle: "thema-jpff", name: "JPFF", metadata: { subject_scheme: "thema", subject_scheme_identifier: "93", subject_code: "JPFF" } },
    ])
    expect(plan.book).toEqual({
      details: { subtitle: "Results and Prospects", publication_date: "2024-03-01", publishing_status: "active", language: "eng", edition: null },
      credits: [
        { handle: "leon-trotsky", role: "author" },
        { handle: "alan-woods", role: "introduction" },
      ],
      formats: [
        { isbn: "9781999000007", format: "paperback", pages: 320 },
        { isbn: "9781999000014", format: "ebook", pages: null },
      ],
    })
  })

  it("takes another handle when a different product already has the work's", () => {
    const plan = planWorkImport(work(), state([], { handle_taken: true })) as CreatePlan
    expect(plan.handle).toBe("the-permanent-revolution-9781999000007")
    expect(plan.product.handle).toBe(plan.handle)
  })

  it("leaves out prices in currencies the shop does not sell in, with a warning naming the record", () => {
    const sek = { ...ebook, prices: [...ebook.prices, { currency_code: "nzd", amount: 15 }] }
    const plan = planWorkImport(work({ formats: [sek] }), state([])) as CreatePlan
    expect(plan.variants[0]?.prices).toEqual([{ currency_code: "gbp", amount: 6.99 }])
    expect(plan.warnings).toEqual(["WR-1-EB: prices in NZD not imported (the shop does not sell in them)"])
  })

  it("credits one person once per role, in the order sent", () => {
    const plan = planWorkImport(
      work({ contributors: [{ name: "Ted Grant", role: "author" }, { name: "Ted  Grant", role: "author" }, { name: "Ted Grant", role: "editor" }] }),
      state([])
    ) as CreatePlan
    expect(plan.book.credits).toEqual([
      { handle: "ted-grant", role: "author" },
      { handle: "ted-grant", role: "editor" },
    ])
    expect(plan.contributors).toEqual([{ handle: "ted-grant", name: "Ted Grant" }])
  })
})

describe("planWorkImport: a work the shop has", () => {
  it("changes nothing when the shop already matches the file", () => {
    expect(planWorkImport(work(), state([imported()]))).toEqual({
      action: "unchanged",
      handle: "the-permanent-revolution",
      product_id: "prod_1",
      changes: [],
      warnings: [],
    })
  })

  it("updates only the changed price, in place on the matched variant", () => {
    const cheaper = { ...paperback, prices: [{ currency_code: "gbp", amount: 11.5 }, { currency_code: "usd", amount: 16.99 }] }
    const plan = planWorkImport(work({ formats: [cheaper, ebook] }), state([imported()])) as UpdatePlan
    expect(plan.action).toBe("update")
    expect(plan.price_changes).toEqual([{ variant_id: "variant_Paperback", isbn: "9781999000007", prices: [{ currency_code: "gbp", amount: 11.5 }] }])
    expect(plan.changes).toEqual(["GBP price of 9781999000007: 12.99 → 11.5"])
    expect(plan.product).toBeNull()
    expect(plan.book).toBeNull()
    expect(plan.new_variants).toEqual([])
  })

  it("adds a price in a currency the variant had none in, and never removes the others", () => {
    const withEur = { ...ebook, prices: [{ currency_code: "eur", amount: 7.99 }] }
    const plan = planWorkImport(work({ formats: [paperback, withEur] }), state([imported()])) as UpdatePlan
    expect(plan.price_changes).toEqual([{ variant_id: "variant_Ebook", isbn: "9781999000014", prices: [{ currency_code: "eur", amount: 7.99 }] }])
  })

  it("updates the publication date in the book details when the file moves it", () => {
    const plan = planWorkImport(work({ publicationDate: "2024-09-15" }), state([imported()])) as UpdatePlan
    expect(plan.action).toBe("update")
    expect(plan.changes).toEqual(["publication date: 2024-03-01 → 2024-09-15"])
    expect(plan.book?.details.publication_date).toBe("2024-09-15")
  })

  it("updates title and subtitle on the product and the book, keeping the handle", () => {
    const plan = planWorkImport(work({ title: "Permanent Revolution", subtitle: undefined }), state([imported()])) as UpdatePlan
    expect(plan.product).toEqual({ title: "Permanent Revolution", subtitle: null })
    expect(plan.handle).toBe("the-permanent-revolution")
    expect(plan.book?.details.subtitle).toBeNull()
  })

  it("re-credits contributors when their order changes", () => {
    const reordered = work({ contributors: [{ name: "Alan Woods", role: "introduction" }, { name: "Leon Trotsky", role: "author" }] })
    const plan = planWorkImport(reordered, state([imported()])) as UpdatePlan
    expect(plan.changes).toEqual(["contributors"])
    expect(plan.book?.credits.map((c) => c.handle)).toEqual(["alan-woods", "leon-trotsky"])
  })

  it("adds a new format as a variant, with its Format option value and book format", () => {
    const hardback: OnixFormat = { ...paperback, recordReference: "WR-1-HB", isbn13: "9781999000021", format: "Hardback", pages: 330 }
    const product = imported({ format_option: { id: "opt_1", values: ["Paperback", "Ebook"] } })
    const plan = planWorkImport(work({ formats: [paperback, ebook, hardback] }), state([product])) as UpdatePlan
    expect(plan.new_variants).toEqual([{ isbn: "9781999000021", format: "Hardback", prices: paperback.prices, manage_inventory: true }])
    expect(plan.option_values).toEqual({ option_id: "opt_1", values: ["Hardback"] })
    expect(plan.book?.formats).toContainEqual({ isbn: "9781999000021", format: "hardback", pages: 330 })
    expect(plan.changes).toContain("new Hardback 9781999000021")
  })

  it("keeps what the file does not say: description, series, subjects, pages, contributors", () => {
    const sparse = work({
      description: undefined,
      series: undefined,
      subjects: [],
      contributors: [],
      formats: [{ ...paperback, pages: undefined }, ebook],
    })
    expect(planWorkImport(sparse, state([imported()])).action).toBe("unchanged")
  })

  it("moves the product to the file's series and replaces only subject categories", () => {
    const product = imported({
      collection_handle: null,
      categories: [
        { id: "pcat_1", handle: "thema-jpff", is_subject: true },
        { id: "pcat_staff", handle: "staff-picks", is_subject: false },
      ],
    })
    const plan = planWorkImport(
      work({ subjects: [{ scheme: "bisac", schemeIdentifier: "10", code: "POL045000", heading: "POLITICAL SCIENCE / Colonialism", main: false }] }),
      state([product])
    ) as UpdatePlan
    expect(plan.series).toEqual({ handle: "marxist-classics", title: "Marxist Classics" })
    expect(plan.subjects).toEqual({
      wanted: [
        {
          handle: "bisac-pol045000",
          name: "POLITICAL SCIENCE / Colonialism",
          metadata: { subject_scheme: "bisac", subject_scheme_identifier: "10", subject_code: "POL045000" },
        },
      ],
      keep_category_ids: ["pcat_staff"],
    })
  })
})

describe("planWorkImport: conflicts", () => {
  it("refuses a work whose ISBNs belong to two products", () => {
    const other = imported({ id: "prod_2", title: "Another Book", variants: [variant(ebook)] })
    const plan = planWorkImport(work(), state([other, imported({ variants: [variant(paperback)] })]))
    expect(plan).toMatchObject({
      action: "conflict",
      reasons: [
        'the ISBNs of this work belong to different products: "The Permanent Revolution" (9781999000007) and "Another Book" (9781999000014); merge or split them in the admin first',
      ],
    })
  })

  it("refuses an ISBN that is another format in the shop", () => {
    const product = imported({ variants: [variant(paperback, { format: "Hardback" }), variant(ebook)] })
    expect(planWorkImport(work(), state([product]))).toMatchObject({
      action: "conflict",
      reasons: ['ISBN 9781999000007 is the Hardback of "The Permanent Revolution" in the shop but a Paperback in record WR-1-PB'],
    })
  })

  it("refuses a second variant of a format the product has under another ISBN", () => {
    const reissue: OnixFormat = { ...paperback, recordReference: "WR-1-PB2", isbn13: "9781999000038" }
    const plan = planWorkImport(work({ formats: [reissue, ebook] }), state([imported()]))
    expect(plan).toMatchObject({ action: "conflict" })
    expect(plan.action === "conflict" && plan.reasons[0]).toMatch(/already has a Paperback \(ISBN 9781999000007\); ISBN 9781999000038/)
  })

  it("refuses two formats of one kind in the same work", () => {
    const second: OnixFormat = { ...paperback, recordReference: "WR-1-PB2", isbn13: "9781999000038" }
    const plan = planWorkImport(work({ formats: [paperback, second] }), state([]))
    expect(plan).toMatchObject({
      action: "conflict",
      reasons: ["2 Paperback formats (9781999000007 from WR-1-PB, 9781999000038 from WR-1-PB2): a product has one variant per format"],
    })
  })

  it("refuses to add a format to a product without a single Format option", () => {
    const hardback: OnixFormat = { ...paperback, recordReference: "WR-1-HB", isbn13: "9781999000021", format: "Hardback" }
    const product = imported({ format_option: null, option_count: 2 })
    const plan = planWorkImport(work({ formats: [paperback, ebook, hardback] }), state([product]))
    expect(plan.action === "conflict" && plan.reasons).toEqual([
      '"The Permanent Revolution" has no single Format option, so its Hardback (ISBN 9781999000021) cannot be added by the import; add it in the admin',
    ])
  })
})
