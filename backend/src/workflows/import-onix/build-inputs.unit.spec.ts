import { bookInput, createProductInput, optionValuesInput, productUpdateInput, workResult } from "./build-inputs"
import type { CreatePlan, ImportOnixWorkInput, UpdatePlan } from "./types"

const book = {
  details: { subtitle: null, publication_date: "2024-03-01", publishing_status: "active" as const, language: "eng", edition: "2" },
  credits: [
    { handle: "ted-grant", role: "author" as const },
    { handle: "alan-woods", role: "author" as const },
  ],
  formats: [
    { isbn: "9781999000007", format: "paperback" as const, pages: 300 },
    { isbn: "9781999000014", format: "ebook" as const, pages: null },
  ],
}

const create: CreatePlan = {
  action: "create",
  handle: "capital",
  changes: [],
  warnings: [],
  product: { title: "Capital", subtitle: null, description: null, handle: "capital" },
  variants: [
    { isbn: "9781999000007", format: "Paperback", prices: [{ currency_code: "gbp", amount: 9.99 }], manage_inventory: true },
    { isbn: "9781999000014", format: "Ebook", prices: [{ currency_code: "gbp", amount: 4.99 }], manage_inventory: false },
  ],
  contributors: [],
  series: { handle: "classics", title: "Classics" },
  subjects: [{ handle: "thema-jpff", name: "JPFF", metadata: {} }],
  book,
}

const update: UpdatePlan = {
  action: "update",
  handle: "capital",
  changes: ["new Hardback 9781999000021"],
  warnings: [],
  product_id: "prod_1",
  variant_ids: { "9781999000007": "variant_pb" },
  product: { title: "Das Kapital" },
  series: null,
  subjects: { wanted: [{ handle: "thema-kcp", name: "KCP", metadata: {} }], keep_category_ids: ["pcat_staff"] },
  option_values: { option_id: "opt_1", values: ["Hardback"] },
  new_variants: [],
  price_changes: [],
  contributors: [],
  book: { ...book, formats: [book.formats[0]!, { isbn: "9781999000021", format: "hardback", pages: 310 }] },
}

const input = { sales_channel_id: "sc_1", shipping_profile_id: "sp_1" } as ImportOnixWorkInput

describe("build-inputs", () => {
  it("makes a published product in the storefront channel with a Format option and a variant per format", () => {
    const { products } = createProductInput([create], input, { classics: "pcol_1" }, { "thema-jpff": "pcat_1" })
    expect(products[0]).toMatchObject({
      title: "Capital",
      handle: "capital",
      status: "published",
      collection_id: "pcol_1",
      category_ids: ["pcat_1"],
      options: [{ title: "Format", values: ["Paperback", "Ebook"] }],
      sales_channels: [{ id: "sc_1" }],
      shipping_profile_id: "sp_1",
    })
    expect(products[0]?.variants?.[1]).toEqual({
      title: "Ebook",
      sku: "9781999000014",
      ean: "9781999000014",
      manage_inventory: false,
      allow_backorder: false,
      options: { Format: "Ebook" },
      prices: [{ currency_code: "gbp", amount: 4.99 }],
    })
  })

  it("credits contributors in order and maps formats to the created variants by ISBN", () => {
    const created = [{ id: "prod_9", variants: [{ id: "v_eb", ean: "9781999000014" }, { id: "v_pb", ean: "9781999000007" }] }]
    expect(bookInput(create, { "ted-grant": "c_tg", "alan-woods": "c_aw" }, created, undefined)).toEqual({
      product_id: "prod_9",
      details: { subtitle: null, publication_date: new Date("2024-03-01T00:00:00.000Z"), publishing_status: "active", language: "eng", edition: "2" },
      contributors: [
        { contributor_id: "c_tg", role: "author" },
        { contributor_id: "c_aw", role: "author" },
      ],
      formats: [
        { variant_id: "v_pb", format: "paperback", pages: 300 },
        { variant_id: "v_eb", format: "ebook", pages: null },
      ],
    })
  })

  it("uses the matched and the newly added variants of an existing product", () => {
    const result = bookInput(update, {}, undefined, [{ id: "v_hb", ean: "9781999000021" }])
    expect(result?.product_id).toBe("prod_1")
    expect(result?.formats).toEqual([
      { variant_id: "variant_pb", format: "paperback", pages: 300 },
      { variant_id: "v_hb", format: "hardback", pages: 310 },
    ])
  })

  it("keeps staff categories when it replaces the subject categories, and adds missing Format values", () => {
    expect(productUpdateInput(update, {}, { "thema-kcp": "pcat_kcp" })).toEqual({
      product_id: "prod_1",
      update: { title: "Das Kapital", category_ids: ["pcat_staff", "pcat_kcp"] },
    })
    expect(optionValuesInput(update)).toEqual([{ product_id: "prod_1", product_option_id: "opt_1", add: [{ value: "Hardback" }] }])
  })

  it("reports the action in the past tense with the product id", () => {
    expect(workResult(create, [{ id: "prod_9" }])).toMatchObject({ action: "created", product_id: "prod_9", handle: "capital" })
    expect(workResult(update, undefined)).toMatchObject({ action: "updated", product_id: "prod_1" })
  })
})
