import type { Book } from "@/lib/catalogue/book"
import { bookJsonLd, serializeJsonLd } from "@/lib/catalogue/json-ld"
import { absoluteUrl } from "@/lib/catalogue/media"
import { siteName, siteUrl } from "@/lib/site"

/** schema.org `Book` for search engines: the work, its credits, and one Offer per priced format. */
export function BookJsonLd({ book, countryCode }: { book: Book; countryCode: string }) {
  const site = siteUrl()
  const data = bookJsonLd(book, {
    url: absoluteUrl(`/${countryCode}/books/${book.handle}`, site),
    contributorUrl: (handle) => absoluteUrl(`/${countryCode}/authors/${handle}`, site),
    imageUrl: book.coverUrl ? absoluteUrl(book.coverUrl, site) : null,
    publisher: siteName,
  })
  // serializeJsonLd escapes "<", so the data cannot end the script element early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
