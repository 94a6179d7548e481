import type { Metadata } from "next"
import { listCampaigns } from "@/lib/data/campaigns"
import { siteName } from "@/lib/site"
import { CampaignIndex } from "@/modules/campaign/campaign-index"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return {
    title: "Campaigns",
    description: `Campaigns from ${siteName}: books for anniversaries, launches and sales.`,
    alternates: { canonical: `/${countryCode}/campaigns` },
  }
}

/** Every live and ended campaign. */
export default async function CampaignsPage({ params }: Props) {
  const { countryCode } = await params
  return <CampaignIndex campaigns={await listCampaigns()} countryCode={countryCode} />
}
