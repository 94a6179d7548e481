import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { featuredSeries } from "@/lib/catalogue/series"
import { listSeries } from "@/lib/data/collections"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { bookShelves, seriesCounts } from "@/lib/data/search"
import { defaultCountry } from "@/lib/routing/default-country"
import { pageMetadata } from "@/lib/routing/page-metadata"
import { siteDescription, siteName } from "@/lib/site"
import { HomeTemplate } from "@/modules/catalogue/home-template"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    title: siteName,
    absoluteTitle: true,
    description: siteDescription,
    countryCode,
    pathAfterCountry: "/",
    regions: await listRegions(),
    defaultCountry: defaultCountry(),
  })
}

const shelfSize = 6

export default async function HomePage({ params }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const [series, counts] = await Promise.all([listSeries(), seriesCounts()])
  const featured = featuredSeries(series.filter((s) => (counts.get(s.title) ?? 0) > 0))
  const [all, forthcoming, newTitles, featuredShelf] = await bookShelves(region, [
    { filters: {}, order: { published_at: "DESC" }, take: 0 },
    // Soonest first: what can be pre-ordered now and will arrive next.
    { filters: { availability: ["preorder"] }, order: { published_at: "ASC" }, take: shelfSize },
    { filters: { availability: ["in_stock"] }, order: { published_at: "DESC" }, take: shelfSize },
    ...(featured ? [{ filters: { series: [featured.title] }, order: { published_at: "DESC" as const }, take: shelfSize }] : []),
  ])
  const empty = { books: [], count: 0 }
  return (
    <HomeTemplate
      countryCode={countryCode}
      total={all?.count ?? 0}
      forthcoming={forthcoming ?? empty}
      newTitles={newTitles ?? empty}
      featured={featured && featuredShelf ? { series: featured, shelf: featuredShelf } : null}
      series={series}
      seriesCounts={counts}
    />
  )
}
