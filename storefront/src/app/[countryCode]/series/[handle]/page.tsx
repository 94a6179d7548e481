import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getSeries } from "@/lib/data/collections"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { browseBooks } from "@/lib/data/search"
import { defaultCountry } from "@/lib/routing/default-country"
import { pageMetadata } from "@/lib/routing/page-metadata"
import { siteName } from "@/lib/site"
import { defaultSort, parseCatalogueParams } from "@/modules/catalogue/catalogue-state"
import { SeriesHeader } from "@/modules/catalogue/series-header"
import { CatalogueTemplate } from "@/modules/catalogue/catalogue-template"
import { priceField } from "@/modules/search/search-request"
import { hasFilters, type RawSearchParams } from "@/modules/search/search-state"

type Props = { params: Promise<{ countryCode: string; handle: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const series = await getSeries(handle)
  if (!series) return {}
  const state = parseCatalogueParams(await searchParams, { series: [series.title] })
  return pageMetadata({
    title: state.page > 1 ? `${series.title}, page ${state.page}` : series.title,
    description: series.description ?? `Books in the series ${series.title} from ${siteName}.`,
    countryCode,
    pathAfterCountry: `/series/${series.handle}`,
    canonicalQuery: state.page > 1 ? `?page=${state.page}` : "",
    regions: await listRegions(),
    defaultCountry: defaultCountry(),
    noIndex: state.sort !== defaultSort || hasFilters({ ...state, filters: { ...state.filters, series: [] } }),
  })
}

/** A series: its description, then its books with the catalogue's filters, sort and pages. */
export default async function SeriesPage({ params, searchParams }: Props) {
  const { countryCode, handle } = await params
  const [region, series] = await Promise.all([getRegionForCountry(countryCode), getSeries(handle)])
  if (!region || !series) notFound()
  const fixed = { series: [series.title] }
  const state = parseCatalogueParams(await searchParams, fixed)
  const page = await browseBooks(state, region, fixed)
  return (
    <CatalogueTemplate
      countryCode={countryCode}
      basePath={`/${countryCode}/series/${series.handle}`}
      state={state}
      page={page}
      fixed={fixed}
      priceSortable={priceField(region.currencyCode) !== null}
      header={<SeriesHeader series={series} countryCode={countryCode} />}
    />
  )
}
