import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listSeries } from "@/lib/data/collections"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { seriesCounts } from "@/lib/data/search"
import { defaultCountry } from "@/lib/routing/default-country"
import { pageMetadata } from "@/lib/routing/page-metadata"
import { siteName } from "@/lib/site"
import { SeriesIndex } from "@/modules/catalogue/series-index"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    title: "Series",
    description: `Every series published by ${siteName}.`,
    countryCode,
    pathAfterCountry: "/series",
    regions: await listRegions(),
    defaultCountry: defaultCountry(),
  })
}

export default async function SeriesIndexPage({ params }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const [series, counts] = await Promise.all([listSeries(), seriesCounts()])
  return (
    <>
      <h1>Series</h1>
      <SeriesIndex series={series} counts={counts} countryCode={countryCode} />
    </>
  )
}
