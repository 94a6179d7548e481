import type { NextRequest } from "next/server"
import { followCampaignLink } from "@/modules/campaign/go-link"

type Context = { params: Promise<{ campaign: string; book: string }> }

/** GET /go/<campaign>/<book>[?add=<format>] — the book page (or the cart), with the link recorded. */
export async function GET(request: NextRequest, { params }: Context) {
  const { campaign, book } = await params
  return followCampaignLink(request, { slug: campaign, bookHandle: book })
}
