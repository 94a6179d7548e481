import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visibleCampaign } from "../helpers"

/** GET /store/campaigns/:slug — one live or ended campaign with its copy rendered safely (else 404). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ campaign: await visibleCampaign(req.scope, req.params.slug as string, new Date()) })
}
