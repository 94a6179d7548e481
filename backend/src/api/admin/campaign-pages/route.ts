import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCampaignWorkflow } from "../../../workflows/campaign/create-campaign"
import { adminCampaign, ADMIN_CAMPAIGN_FIELDS, type CampaignRow, fetchCampaign } from "./helpers"
import type { AdminCreateCampaignType } from "./validators"

/** GET /admin/campaign-pages — every campaign, newest start first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "campaign_page",
    fields: ADMIN_CAMPAIGN_FIELDS,
    pagination: { order: { starts_at: "DESC" } },
  })
  const now = new Date()
  res.json({ campaigns: data.map((c) => adminCampaign(c as unknown as CampaignRow, now)), count: data.length })
}

/** POST /admin/campaign-pages — create one (409 when the slug is taken). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) {
  const { result } = await createCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ campaign: await fetchCampaign(req.scope, result.id) })
}
