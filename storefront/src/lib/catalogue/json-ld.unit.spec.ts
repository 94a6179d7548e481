import { describe, expect, it } from "@jest/globals"
import type { Book, Format } from "./book"
import { bookJsonLd, serializeJsonLd } from "./json-ld"

const format = (overrides: Partial<Format>): Format => ({
  id: "variant_pb",
  name: "Paperback",
  kind: "paperback",
  pages: 620,
  isbn: "9781913026038",
  price: { amount: 18.99, currencyCode: "GBP" },
  availability: "in_stock",
  ...overrides,
})

function book(overrides: Partial<Book> = {}): Book {
  return {
    id: "prod_1",
    handle: "reason-in-revolt",
    title: "Reason in Revolt",
    subtitle: "Marxist Philosophy and Modern Science",
    authors: ["Alan Woods", "Ted Grant"],
    coverUrl: "/media/rir.svg",
    publication: { status: "active", date: "1995-06-01" },
    fromPrice: { amount: 7.99, currencyCode: "GBP" },
    priceVaries: true,
    orderable: true,
    description: "Dialectics and science.",
    credits: [
      { name: "Alan Woods", handle: "alan-woods", role: "author" },
      { name: "Ted Grant", handle: "ted-grant", role: "author" },
      { name: "Rob Sewell", handle: "rob-sewell", role: "introduction" },
    ],
    language: "English",
    edition: "Second edition",
    series: null,
    subjects: [],
    formats: [
      format({}),
      format({ id: "variant_hb", name: "Hardback", kind: "hardback", isbn: "9781913026045", price: { amount: 29.99, currencyCode: "GBP" }, availability: "out_of_stock" }),
      format({ id: "variant_eb", name: "Ebook", kind: "ebook", pages: null, isbn: "9781913026052", price: { amount: 7.99, currencyCode: "GBP" } }),
    ],
    ...overrides,
  }
}

const context = {
  url: "https://shop.example/gb/books/reason-in-revolt",
  contributorUrl: (handle: string) => `https://shop.example/gb/authors/${handle}`,
  imageUrl: "https://shop.example/media/rir.svg",
  publisher: "Wellred Books",
}

type Ld = Record<string, unknown> & { offers: Record<string, unknown>[]; workExample: Record<string, unknown>[] }

describe("bookJsonLd", () => {
  it("describes the work: title, subtitle, authors with their pages, publisher, date, cover", () => {
    const ld = bookJsonLd(book(), context)
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Book",
      name: "Reason in Revolt",
      alternativeHeadline: "Marxist Philosophy and Modern Science",
      author: [
        { "@type": "Person", name: "Alan Woods", url: "https://shop.example/gb/authors/alan-woods" },
        { "@type": "Person", name: "Ted Grant", url: "https://shop.example/gb/authors/ted-grant" },
      ],
      contributor: [{ "@type": "Person", name: "Rob Sewell", url: "https://shop.example/gb/authors/rob-sewell" }],
      publisher: { "@type": "Organization", name: "Wellred Books" },
      datePublished: "1995-06-01",
      image: "https://shop.example/media/rir.svg",
      url: "https://shop.example/gb/books/reason-in-revolt",
      isbn: "9781913026038",
      numberOfPages: 620,
      bookFormat: "https://schema.org/Paperback",
      bookEdition: "Second edition",
      inLanguage: "English",
    })
    expect(ld).not.toHaveProperty("editor")
  })

  it("has one Offer per format, in the region's currency, with its own price and availability", () => {
    const ld = bookJsonLd(book(), context) as unknown as Ld
    expect(ld.offers.map((o) => [o.name, o.price, o.priceCurrency, o.availability, o.sku])).toEqual([
      ["Paperback", 18.99, "GBP", "https://schema.org/InStock", "9781913026038"],
      ["Hardback", 29.99, "GBP", "https://schema.org/OutOfStock", "9781913026045"],
      ["Ebook", 7.99, "GBP", "https://schema.org/InStock", "9781913026052"],
    ])
    expect(ld.workExample.map((w) => [w.bookFormat, w.isbn, w.numberOfPages])).toEqual([
      ["https://schema.org/Paperback", "9781913026038", 620],
      ["https://schema.org/Hardcover", "9781913026045", 620],
      ["https://schema.org/EBook", "9781913026052", undefined],
    ])
    expect(ld.workExample[0]?.offers).toEqual(ld.offers[0])
  })

  it("offers a forthcoming title for pre-order from its publication date", () => {
    const forthcoming = book({
      publication: { status: "forthcoming", date: "2026-12-15" },
      formats: [format({ availability: "unpublished" })],
    })
    const ld = bookJsonLd(forthcoming, context) as unknown as Ld
    expect(ld.offers).toEqual([
      expect.objectContaining({ availability: "https://schema.org/PreOrder", availabilityStarts: "2026-12-15" }),
    ])
  })

  it("leaves out an Offer for a format with no price in the region, and unknown facts", () => {
    const ld = bookJsonLd(
      book({ subtitle: null, edition: null, formats: [format({ price: null, pages: null })] }),
      { ...context, imageUrl: null }
    ) as unknown as Ld
    expect(ld).not.toHaveProperty("offers")
    expect(ld).not.toHaveProperty("alternativeHeadline")
    expect(ld).not.toHaveProperty("image")
    expect(ld).not.toHaveProperty("numberOfPages")
    expect(ld.workExample).toHaveLength(1)
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script> <!-- & \u2028" }
    const json = serializeJsonLd(value)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(value)
  })
})
