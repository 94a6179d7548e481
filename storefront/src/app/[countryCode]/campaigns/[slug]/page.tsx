import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { inCampaignOrder } from "@/lib/campaign/campaign"
import { cacheTags } from "@/lib/cache-tags"
import { getCampaign } from "@/lib/data/campaigns"
import { listBooksById } from "@/lib/data/products"
import { getRegionForCountry } from "@/lib/data/regions"
import { CampaignTemplate } from "@/modules/campaign/campaign-template"

type Props = { params: Promise<{ countryCode: string; slug: string }> }

async function load(params: Props["params"]) {
  const { countryCode, slug } = await params
  const [region, campaign] = await Promise.all([getRegionForCountry(countryCode), getCampaign(slug)])
  if (!region || !campaign) return null
  const found = campaign.productIds.length
    ? await listBooksById(campaign.productIds, region, [cacheTags.campaign(campaign.slug)])
    : []
  return { countryCode, campaign, books: inCampaignOrder(campaign.productIds, found) }
}

/** Open Graph and Twitter cards, so a shared campaign link previews with its title and picture. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { campaign, books, countryCode } = loaded
  const path = `/${countryCode}/campaigns/${campaign.slug}`
  const description = campaign.summary ?? undefined
  const image = campaign.heroImageUrl ?? books.find((b) => b.coverUrl)?.coverUrl ?? undefined
  return {
    title: campaign.title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      title: campaign.title,
      description,
      url: path,
      images: image ? [{ url: image, alt: campaign.title }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: campaign.title,
      description,
      images: image ? [image] : undefined,
    },
  }
}

/** A campaign: hero, copy and featured titles priced for the reader's region. */
export default async function CampaignPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) notFound()
  return <CampaignTemplate campaign={loaded.campaign} books={loaded.books} countryCode={loaded.countryCode} />
}
