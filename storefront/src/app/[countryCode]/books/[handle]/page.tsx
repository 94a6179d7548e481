import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getBook } from "@/lib/data/products"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { summarise } from "@/lib/catalogue/text"
import { countryAlternates } from "@/lib/routing/alternates"
import { defaultCountry } from "@/lib/routing/default-country"
import { BookTemplate } from "@/modules/catalogue/book-template"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

async function loadBook(params: Props["params"]) {
  const { countryCode, handle } = await params
  const region = await getRegionForCountry(countryCode)
  const book = region ? await getBook(handle, region) : null
  return { countryCode, book }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, book } = await loadBook(params)
  if (!book) return {}
  const path = `/${countryCode}/books/${book.handle}`
  const description = summarise(book.description) ?? book.subtitle ?? undefined
  const isbn = book.formats.find((f) => f.isbn)?.isbn ?? undefined
  return {
    title: book.title,
    description,
    alternates: {
      canonical: path,
      languages: countryAlternates(await listRegions(), `/books/${book.handle}`, defaultCountry()),
    },
    openGraph: {
      type: "book",
      title: book.title,
      description,
      url: path,
      authors: book.authors,
      isbn,
      images: book.coverUrl ? [{ url: book.coverUrl, alt: `Cover of ${book.title}` }] : undefined,
    },
    twitter: {
      card: book.coverUrl ? "summary_large_image" : "summary",
      title: book.title,
      description,
      images: book.coverUrl ? [book.coverUrl] : undefined,
    },
  }
}

export default async function BookPage({ params }: Props) {
  const { countryCode, book } = await loadBook(params)
  if (!book) notFound()
  return <BookTemplate book={book} countryCode={countryCode} />
}
