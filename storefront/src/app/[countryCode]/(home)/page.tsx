import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { listBooks } from "@/lib/data/products"
import { countryAlternates } from "@/lib/routing/alternates"
import { defaultCountry } from "@/lib/routing/default-country"
import { siteName } from "@/lib/site"
import { HomeTemplate } from "@/modules/catalogue/home-template"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return {
    title: { absolute: siteName },
    alternates: {
      canonical: `/${countryCode}`,
      languages: countryAlternates(await listRegions(), "/", defaultCountry()),
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const page = await listBooks(region)
  return <HomeTemplate page={page} countryCode={countryCode} />
}
