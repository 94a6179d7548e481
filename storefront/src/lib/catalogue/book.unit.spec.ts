import { describe, expect, it } from "@jest/globals"
import type { HttpTypes } from "@medusajs/types"
import {
  authorsFromMetadata,
  cheapestPrice,
  isPlausibleHandle,
  reshapeBook,
  reshapeBookSummary,
  variantAvailability,
  type BookProduct,
  type Format,
} from "./book"

function calculatedPrice(amount: number, currency = "gbp") {
  return {
    id: "price_set_1",
    calculated_amount: amount,
    original_amount: amount,
    original_amount_with_tax: amount,
    original_amount_without_tax: amount,
    currency_code: currency,
  }
}

function variant(overrides: Partial<HttpTypes.StoreProductVariant> = {}): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "Paperback",
    sku: null,
    barcode: null,
    ean: "9781913026038",
    upc: null,
    thumbnail: null,
    allow_backorder: false,
    manage_inventory: true,
    inventory_quantity: 5,
    hs_code: null,
    origin_country: null,
    mid_code: null,
    material: null,
    weight: null,
    length: null,
    height: null,
    width: null,
    options: null,
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    deleted_at: null,
    calculated_price: calculatedPrice(12.99),
    ...overrides,
  }
}

function product(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Reason in Revolt",
    handle: "reason-in-revolt",
    subtitle: "Marxist Philosophy and Modern Science",
    description: "A book about dialectics.\n\nAnd about science.",
    is_giftcard: false,
    status: "published",
    thumbnail: null,
    width: null,
    weight: null,
    length: null,
    height: null,
    origin_country: null,
    hs_code: null,
    mid_code: null,
    material: null,
    collection_id: null,
    type_id: null,
    variants: [variant()],
    options: null,
    images: null,
    discountable: true,
    external_id: null,
    created_at: null,
    updated_at: null,
    deleted_at: null,
    metadata: { authors: ["Alan Woods", "Ted Grant"] },
    ...overrides,
  }
}

const gbp = (amount: number) => ({ amount, currencyCode: "GBP" })
const format = (price: Format["price"], availability: Format["availability"] = "in_stock"): Format => ({
  id: `v_${price?.amount ?? "none"}`,
  name: "Paperback",
  kind: "paperback",
  pages: null,
  isbn: null,
  price,
  availability,
})

describe("variantAvailability", () => {
  it("is in stock while copies are on hand", () => {
    expect(variantAvailability(variant({ inventory_quantity: 3 }))).toBe("in_stock")
  })

  it("is out of stock at zero copies", () => {
    expect(variantAvailability(variant({ inventory_quantity: 0 }))).toBe("out_of_stock")
  })

  it("can still be ordered at zero copies when back-orders are allowed", () => {
    expect(variantAvailability(variant({ inventory_quantity: 0, allow_backorder: true }))).toBe("backorder")
  })

  it("is always in stock when Medusa does not manage its inventory (an ebook)", () => {
    expect(variantAvailability(variant({ manage_inventory: false, inventory_quantity: 0 }))).toBe("in_stock")
  })

  it("is not sold as in stock when the quantity is unknown", () => {
    expect(variantAvailability(variant({ inventory_quantity: undefined }))).toBe("out_of_stock")
  })
})

describe("cheapestPrice", () => {
  it("picks the cheapest format and notices that prices vary", () => {
    expect(cheapestPrice([format(gbp(25)), format(gbp(9.99)), format(gbp(4.99))])).toEqual({
      price: gbp(4.99),
      varies: true,
    })
  })

  it("does not say prices vary when every format costs the same", () => {
    expect(cheapestPrice([format(gbp(9.99)), format(gbp(9.99))])).toEqual({ price: gbp(9.99), varies: false })
  })

  it("ignores formats without a price in the region", () => {
    expect(cheapestPrice([format(null), format(gbp(12))])).toEqual({ price: gbp(12), varies: false })
    expect(cheapestPrice([format(null)])).toEqual({ price: null, varies: false })
  })
})

describe("authorsFromMetadata", () => {
  it("reads a list or a single author", () => {
    expect(authorsFromMetadata({ authors: ["Alan Woods", " Ted Grant "] })).toEqual(["Alan Woods", "Ted Grant"])
    expect(authorsFromMetadata({ author: "Leon Trotsky" })).toEqual(["Leon Trotsky"])
    expect(authorsFromMetadata({ authors: "Karl Marx; Friedrich Engels" })).toEqual([
      "Karl Marx",
      "Friedrich Engels",
    ])
  })

  it("returns no authors when there are none", () => {
    expect(authorsFromMetadata(null)).toEqual([])
    expect(authorsFromMetadata({ authors: [42, ""] })).toEqual([])
  })
})

const ctx = { backendUrl: "http://localhost:9000" }

type Contribution = { role: string; position: number; contributor: { name: string; handle: string } }
const credit = (name: string, role: string, position: number): Contribution => ({
  role,
  position,
  contributor: { name, handle: name.toLowerCase().replace(/ /g, "-") },
})

function bookProduct(
  book: BookProduct["book"],
  overrides: Partial<HttpTypes.StoreProduct> = {}
): BookProduct {
  return { ...product(overrides), book }
}

describe("reshapeBook", () => {
  it("gives each format its own price, stock and ISBN, paperback first and ebook last", () => {
    const book = reshapeBook(
      product({
        variants: [
          variant({ id: "eb", title: "Ebook", ean: "9781900007017", manage_inventory: false, calculated_price: calculatedPrice(7.99) }),
          variant({ id: "hb", title: "Hardback", ean: "9781900007000", inventory_quantity: 0, calculated_price: calculatedPrice(25) }),
          variant({ id: "pb", title: "Paperback", ean: " 9781913026038 " }),
        ],
      }),
      ctx
    )
    expect(book.formats.map((f) => [f.name, f.isbn, f.availability, f.price?.amount, f.price?.currencyCode])).toEqual([
      ["Paperback", "9781913026038", "in_stock", 12.99, "GBP"],
      ["Hardback", "9781900007000", "out_of_stock", 25, "GBP"],
      ["Ebook", "9781900007017", "in_stock", 7.99, "GBP"],
    ])
    expect(book.description).toBe("A book about dialectics.\n\nAnd about science.")
  })

  it("falls back to the option value when a variant has no title", () => {
    const book = reshapeBook(
      product({
        variants: [
          variant({
            title: null,
            options: [{ id: "optval_1", value: "Ebook" }],
          }),
        ],
      }),
      ctx
    )
    expect(book.formats[0]?.name).toBe("Ebook")
    expect(book.formats[0]?.kind).toBe("ebook")
  })

  it("reads the pages and form of each format from the book module", () => {
    const paperback = { ...variant({ id: "pb", title: "Paperback" }), book_format: { format: "paperback", pages: 620 } }
    const ebook = { ...variant({ id: "eb", title: "Digital" }), book_format: { format: "ebook", pages: null } }
    const book = reshapeBook({ ...product(), variants: [ebook, paperback] }, ctx)
    expect(book.formats.map((f) => [f.name, f.kind, f.pages])).toEqual([
      ["Paperback", "paperback", 620],
      ["Digital", "ebook", null],
    ])
  })

  it("lists the credits in the book's order, whatever order the API sends them in", () => {
    const book = reshapeBook(
      bookProduct({
        contributions: [
          credit("Rob Sewell", "introduction", 2),
          credit("Alan Woods", "author", 1),
          credit("Ted Grant", "author", 0),
        ],
      }),
      ctx
    )
    expect(book.credits.map((c) => [c.name, c.role, c.handle])).toEqual([
      ["Ted Grant", "author", "ted-grant"],
      ["Alan Woods", "author", "alan-woods"],
      ["Rob Sewell", "introduction", "rob-sewell"],
    ])
    expect(book.authors).toEqual(["Ted Grant", "Alan Woods"])
  })

  it("carries the book's details: date, status, language, edition, series and subjects", () => {
    const book = reshapeBook(
      bookProduct(
        {
          subtitle: "The Book's Own Subtitle",
          publication_date: "2026-12-15T00:00:00.000Z",
          publishing_status: "forthcoming",
          language: "eng",
          edition: " Second edition ",
        },
        {
          collection: { id: "pcol_1", title: "Classics of Marxism", handle: "classics", products: [] } as unknown as HttpTypes.StoreCollection,
          categories: [
            { id: "c2", name: "Philosophy", handle: "philosophy" },
            { id: "c1", name: "History", handle: "history" },
            { id: "c3", name: "Staff picks", handle: "staff-picks", is_internal: true },
            { id: "c4", name: "Old shelf", handle: "old-shelf", is_active: false },
          ] as unknown as HttpTypes.StoreProductCategory[],
        }
      ),
      ctx
    )
    expect(book.subtitle).toBe("The Book's Own Subtitle")
    expect(book.publication).toEqual({ status: "forthcoming", date: "2026-12-15" })
    expect(book.language).toBe("English")
    expect(book.edition).toBe("Second edition")
    expect(book.series).toEqual({ title: "Classics of Marxism", handle: "classics" })
    expect(book.subjects.map((s) => s.name)).toEqual(["History", "Philosophy"])
  })

  it("does not offer the stock of a forthcoming title: its formats are not yet published", () => {
    const book = reshapeBook(bookProduct({ publishing_status: "forthcoming", publication_date: "2026-12-15" }), ctx)
    expect(book.formats.map((f) => f.availability)).toEqual(["unpublished"])
    expect(book.orderable).toBe(false)
  })
})

describe("reshapeBookSummary", () => {
  it("shows the cheapest price and the authors", () => {
    const summary = reshapeBookSummary(
      product({
        variants: [
          variant({ calculated_price: calculatedPrice(30) }),
          variant({ id: "v2", calculated_price: calculatedPrice(14.99) }),
        ],
      }),
      ctx
    )
    expect(summary.fromPrice).toEqual(gbp(14.99))
    expect(summary.priceVaries).toBe(true)
    expect(summary.authors).toEqual(["Alan Woods", "Ted Grant"])
    expect(summary.orderable).toBe(true)
  })

  it("names the credited authors only, before anything in the metadata", () => {
    const summary = reshapeBookSummary(
      bookProduct({ contributions: [credit("Rob Sewell", "editor", 0), credit("V. I. Lenin", "author", 1)] }),
      ctx
    )
    expect(summary.authors).toEqual(["V. I. Lenin"])
  })

  it("is not orderable when every format is sold out", () => {
    const summary = reshapeBookSummary(product({ variants: [variant({ inventory_quantity: 0 })] }), ctx)
    expect(summary.orderable).toBe(false)
  })

  it("has no price when the book is not sold in the region", () => {
    const summary = reshapeBookSummary(product({ variants: [variant({ calculated_price: undefined })] }), ctx)
    expect(summary.fromPrice).toBeNull()
    expect(summary.orderable).toBe(false)
  })

  it("serves the uploaded thumbnail (or first image) from the storefront's own /media", () => {
    expect(reshapeBookSummary(product({ thumbnail: "http://localhost:9000/static/a.svg" }), ctx).coverUrl).toBe("/media/a.svg")
    expect(
      reshapeBookSummary(product({ images: [{ id: "img", url: "/static/b.jpg", rank: 0 }] }), ctx).coverUrl
    ).toBe("/media/b.jpg")
    expect(reshapeBookSummary(product(), ctx).coverUrl).toBeNull()
  })
})

describe("isPlausibleHandle", () => {
  it("accepts slugs and refuses anything else", () => {
    expect(isPlausibleHandle("reason-in-revolt")).toBe(true)
    expect(isPlausibleHandle("")).toBe(false)
    expect(isPlausibleHandle("a/b")).toBe(false)
    expect(isPlausibleHandle("x".repeat(201))).toBe(false)
  })
})
