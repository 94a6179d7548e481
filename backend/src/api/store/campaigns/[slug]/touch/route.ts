import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCampaignTouchWorkflow } from "../../../../../workflows/campaign/record-campaign-touch"
import type { StoreCampaignTouchType } from "../../validators"

/**
 * POST /store/campaigns/:slug/touch {cart_id, book_handle?} — a reader followed a campaign link:
 * records the click and the cart's first/last touch, and applies the promotion while live.
 * Unknown campaign, book or cart → 404.
 */
export async function POST(req: MedusaRequest<StoreCampaignTouchType>, res: MedusaResponse) {
  const { result } = await recordCampaignTouchWorkflow(req.scope).run({
    input: { ...req.validatedBody, slug: req.params.slug as string, at: new Date().toISOString() },
  })
  res.json(result)
}
