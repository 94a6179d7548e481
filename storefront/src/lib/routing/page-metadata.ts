import type { Metadata } from "next"
import type { Region } from "../catalogue/region"
import { siteName } from "../site"
import { countryAlternates } from "./alternates"

type PageMetadataInput = {
  title: string
  /** When the title is the whole <title> (the home page), not "Title · Wellred Books". */
  absoluteTitle?: boolean
  description: string
  countryCode: string
  /** The page's path after the country ("/books", "/series/x"; "/" for the home page). */
  pathAfterCountry: string
  /** Query the canonical URL keeps ("?page=2"); filters and sorts are left out. */
  canonicalQuery?: string
  regions: readonly Region[]
  defaultCountry: string
  image?: { url: string; alt: string } | null
  ogType?: "website" | "book" | "profile"
  /** Filtered or re-sorted listings are endless combinations: followed, never indexed. */
  noIndex?: boolean
}

/**
 * Canonical URL, hreflang alternates per country, Open Graph and Twitter card for a shop page.
 * Paths are relative: the root layout's `metadataBase` (the storefront's public address) makes
 * them absolute.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const suffix = input.pathAfterCountry === "/" ? "" : input.pathAfterCountry
  const path = `/${input.countryCode}${suffix}`
  const canonical = `${path}${input.canonicalQuery ?? ""}`
  const images = input.image ? [{ url: input.image.url, alt: input.image.alt }] : undefined
  const socialTitle = input.absoluteTitle ? input.title : `${input.title} · ${siteName}`
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      canonical,
      languages: countryAlternates(input.regions, input.pathAfterCountry, input.defaultCountry),
    },
    openGraph: {
      type: input.ogType ?? "website",
      siteName,
      title: socialTitle,
      description: input.description,
      url: canonical,
      images,
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: socialTitle,
      description: input.description,
      images: images?.map((image) => image.url),
    },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
