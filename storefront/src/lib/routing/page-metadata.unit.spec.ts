import { describe, expect, it } from "@jest/globals"
import type { Region } from "../catalogue/region"
import { pageMetadata } from "./page-metadata"

const regions: Region[] = [
  { id: "uk", name: "United Kingdom", currencyCode: "GBP", countries: [{ code: "gb", name: "United Kingdom" }] },
  { id: "us", name: "United States", currencyCode: "USD", countries: [{ code: "us", name: "United States" }] },
]

describe("pageMetadata", () => {
  it("gives a listing page its canonical URL, country alternates, Open Graph and Twitter tags", () => {
    const metadata = pageMetadata({
      title: "Books",
      description: "Every book.",
      countryCode: "us",
      pathAfterCountry: "/books",
      canonicalQuery: "?page=2",
      regions,
      defaultCountry: "gb",
    })
    expect(metadata.alternates).toEqual({
      canonical: "/us/books?page=2",
      languages: { "en-GB": "/gb/books", "en-US": "/us/books", "x-default": "/gb/books" },
    })
    expect(metadata.openGraph).toMatchObject({ title: "Books · Wellred Books", url: "/us/books?page=2", type: "website" })
    expect(metadata.twitter).toMatchObject({ card: "summary", title: "Books · Wellred Books" })
    expect(metadata.robots).toBeUndefined()
  })

  it("uses a large card with an image, and keeps filtered listings out of the index", () => {
    const metadata = pageMetadata({
      title: "Classics of Marxism",
      description: "Series.",
      countryCode: "gb",
      pathAfterCountry: "/series/classics-of-marxism",
      regions,
      defaultCountry: "gb",
      image: { url: "/media/cover.png", alt: "Cover" },
      noIndex: true,
    })
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: ["/media/cover.png"] })
    expect(metadata.robots).toEqual({ index: false, follow: true })
  })

  it("gives the home page its whole title and a canonical URL without a trailing slash", () => {
    const metadata = pageMetadata({
      title: "Wellred Books",
      absoluteTitle: true,
      description: "Books.",
      countryCode: "gb",
      pathAfterCountry: "/",
      regions,
      defaultCountry: "gb",
    })
    expect(metadata.title).toEqual({ absolute: "Wellred Books" })
    expect(metadata.alternates?.canonical).toBe("/gb")
  })
})
