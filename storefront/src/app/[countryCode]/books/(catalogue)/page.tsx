import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { browseBooks } from "@/lib/data/search"
import { pageMetadata } from "@/lib/routing/page-metadata"
import { defaultCountry } from "@/lib/routing/default-country"
import { siteDescription } from "@/lib/site"
import { CatalogueTemplate } from "@/modules/catalogue/catalogue-template"
import { defaultSort, parseCatalogueParams } from "@/modules/catalogue/catalogue-state"
import { priceField } from "@/modules/search/search-request"
import { hasFilters, type RawSearchParams } from "@/modules/search/search-state"

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode } = await params
  const state = parseCatalogueParams(await searchParams)
  return pageMetadata({
    title: state.page > 1 ? `Books, page ${state.page}` : "Books",
    description: siteDescription,
    countryCode,
    pathAfterCountry: "/books",
    canonicalQuery: state.page > 1 ? `?page=${state.page}` : "",
    regions: await listRegions(),
    defaultCountry: defaultCountry(),
    noIndex: hasFilters(state) || state.sort !== defaultSort,
  })
}

/** The catalogue: every book, filtered, sorted and paged by the search engine (24 a page). */
export default async function CataloguePage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const state = parseCatalogueParams(await searchParams)
  const page = await browseBooks(state, region)
  return (
    <CatalogueTemplate
      countryCode={countryCode}
      basePath={`/${countryCode}/books`}
      state={state}
      page={page}
      priceSortable={priceField(region.currencyCode) !== null}
      header={<h1>Books</h1>}
    />
  )
}
