import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getRegionForCountry } from "@/lib/data/regions"
import { didYouMean, popularBooks, searchBooks } from "@/lib/data/search"
import { priceField } from "@/modules/search/search-request"
import { parseSearchParams, type RawSearchParams } from "@/modules/search/search-state"
import { SearchTemplate } from "@/modules/search/search-template"

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams)
  // Result pages are endless combinations of words and filters: never indexed.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const state = parseSearchParams(await searchParams)
  const page = await searchBooks(state, region)
  const nothing = page.books.length === 0
  const [suggestion, popular] = nothing
    ? await Promise.all([state.q ? didYouMean(state.q) : Promise.resolve(null), popularBooks(region)])
    : [null, []]
  return (
    <SearchTemplate
      countryCode={countryCode}
      state={state}
      page={page}
      priceSortable={priceField(region.currencyCode) !== null}
      didYouMean={suggestion}
      popular={popular}
    />
  )
}
