import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { summarise } from "@/lib/catalogue/text"
import { getContributor, listContributorBooks } from "@/lib/data/contributors"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { countryAlternates } from "@/lib/routing/alternates"
import { defaultCountry } from "@/lib/routing/default-country"
import { siteName } from "@/lib/site"
import { AuthorTemplate } from "@/modules/catalogue/author-template"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const contributor = await getContributor(handle)
  if (!contributor) return {}
  const path = `/${countryCode}/authors/${contributor.handle}`
  const description = summarise(contributor.bio) ?? `Books by ${contributor.name} from ${siteName}.`
  return {
    title: contributor.name,
    description,
    alternates: {
      canonical: path,
      languages: countryAlternates(await listRegions(), `/authors/${contributor.handle}`, defaultCountry()),
    },
    openGraph: {
      type: "profile",
      title: contributor.name,
      description,
      url: path,
      images: contributor.photoUrl ? [{ url: contributor.photoUrl, alt: `Photo of ${contributor.name}` }] : undefined,
    },
    twitter: {
      card: "summary",
      title: contributor.name,
      description,
      images: contributor.photoUrl ? [contributor.photoUrl] : undefined,
    },
  }
}

export default async function AuthorPage({ params }: Props) {
  const { countryCode, handle } = await params
  const [region, contributor] = await Promise.all([getRegionForCountry(countryCode), getContributor(handle)])
  if (!region || !contributor) notFound()
  const books = await listContributorBooks(contributor, region)
  return <AuthorTemplate contributor={contributor} books={books} countryCode={countryCode} />
}
