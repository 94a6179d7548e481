import type { Availability, Book, BookFormatKind, Format } from "./book"
import type { Credit } from "./credits"

/** schema.org's names for the book formats the shop sells. */
const schemaBookFormat: Record<BookFormatKind, string> = {
  paperback: "https://schema.org/Paperback",
  hardback: "https://schema.org/Hardcover",
  ebook: "https://schema.org/EBook",
}

const schemaAvailability: Record<Availability, string> = {
  in_stock: "https://schema.org/InStock",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
  unpublished: "https://schema.org/PreOrder",
}

type JsonLd = { [key: string]: JsonValue }
type JsonValue = string | number | boolean | JsonLd | JsonValue[]

export type BookJsonLdContext = {
  /** The book page's absolute URL. */
  url: string
  /** An author page's absolute URL from the contributor's handle. */
  contributorUrl: (handle: string) => string
  /** The cover's absolute URL, when the book has an uploaded cover. */
  imageUrl: string | null
  publisher: string
}

/**
 * The book page's structured data: a schema.org `Book` with its authors (and editors,
 * translators, writers of introductions), its main edition's ISBN, format and pages, one
 * `Offer` per priced format in the visitor's currency, and each format as a `workExample`.
 * Formats with no price in the region have no Offer (an Offer needs a price).
 */
export function bookJsonLd(book: Book, context: BookJsonLdContext): JsonLd {
  const person = (credit: Credit): JsonLd =>
    compact({ "@type": "Person", name: credit.name, url: credit.handle ? context.contributorUrl(credit.handle) : undefined })
  const people = (role: Credit["role"]) => book.credits.filter((c) => c.role === role).map(person)
  const authors = book.credits.length > 0 ? people("author") : book.authors.map((name) => ({ "@type": "Person", name }))
  const main = book.formats[0]
  const offer = (format: Format) => formatOffer(book, format, context.url)

  return compact({
    "@context": "https://schema.org",
    "@type": "Book",
    "@id": context.url,
    name: book.title,
    alternativeHeadline: book.subtitle ?? undefined,
    description: book.description ?? undefined,
    author: authors,
    editor: people("editor"),
    translator: people("translator"),
    contributor: people("introduction"),
    isbn: main?.isbn ?? undefined,
    numberOfPages: main?.pages ?? undefined,
    bookFormat: main?.kind ? schemaBookFormat[main.kind] : undefined,
    bookEdition: book.edition ?? undefined,
    inLanguage: book.language ?? undefined,
    datePublished: book.publication.date ?? undefined,
    publisher: { "@type": "Organization", name: context.publisher },
    image: context.imageUrl ?? undefined,
    url: context.url,
    offers: book.formats.flatMap((f) => {
      const o = offer(f)
      return o ? [o] : []
    }),
    workExample: book.formats.map((format) =>
      compact({
        "@type": "Book",
        name: `${book.title} (${format.name})`,
        isbn: format.isbn ?? undefined,
        bookFormat: format.kind ? schemaBookFormat[format.kind] : undefined,
        numberOfPages: format.pages ?? undefined,
        bookEdition: book.edition ?? undefined,
        datePublished: book.publication.date ?? undefined,
        offers: offer(format) ?? undefined,
      })
    ),
  })
}

function formatOffer(book: Book, format: Format, url: string): JsonLd | null {
  if (!format.price) return null
  return compact({
    "@type": "Offer",
    name: format.name,
    price: format.price.amount,
    priceCurrency: format.price.currencyCode,
    availability: schemaAvailability[format.availability],
    availabilityStarts: format.availability === "unpublished" ? (book.publication.date ?? undefined) : undefined,
    itemCondition: "https://schema.org/NewCondition",
    url,
    sku: format.isbn ?? format.id,
    gtin13: format.isbn ?? undefined,
  })
}

/** Drops undefined values and empty lists, so the output only states what is known. */
function compact(entries: Record<string, JsonValue | undefined>): JsonLd {
  const out: JsonLd = {}
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = value
  }
  return out
}

/**
 * JSON for an inline `<script type="application/ld+json">`: "<" (so no "</script>" or "<!--"
 * can end or confuse the script), ">" and "&" become \u escapes, as do U+2028/U+2029, which
 * older parsers treat as line ends. The result still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
