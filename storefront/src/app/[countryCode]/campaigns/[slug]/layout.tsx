import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getCampaign } from "@/lib/data/campaigns"

type Props = { children: ReactNode; params: Promise<{ countryCode: string; slug: string }> }

/** An unknown or draft campaign is a real 404 before anything streams. */
export default async function CampaignLayout({ children, params }: Props) {
  const { slug } = await params
  if (!(await getCampaign(slug))) notFound()
  return children
}
