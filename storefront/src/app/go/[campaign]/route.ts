import type { NextRequest } from "next/server"
import { followCampaignLink } from "@/modules/campaign/go-link"

type Context = { params: Promise<{ campaign: string }> }

/** GET /go/<campaign> — the campaign page in the reader's region, with the link recorded. */
export async function GET(request: NextRequest, { params }: Context) {
  const { campaign } = await params
  return followCampaignLink(request, { slug: campaign })
}
