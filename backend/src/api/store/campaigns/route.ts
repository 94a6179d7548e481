import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visibleCampaigns } from "./helpers"

/** GET /store/campaigns — live and ended campaigns; drafts and scheduled ones never appear. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaigns = await visibleCampaigns(req.scope, new Date())
  res.json({ campaigns, count: campaigns.length })
}
