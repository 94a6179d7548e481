import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCampaignWorkflow } from "../../../../workflows/campaign/delete-campaign"
import { updateCampaignWorkflow } from "../../../../workflows/campaign/update-campaign"
import { fetchCampaign } from "../helpers"
import type { AdminUpdateCampaignType } from "../validators"

/** GET /admin/campaign-pages/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ campaign: await fetchCampaign(req.scope, req.params.id as string) })
}

/** POST /admin/campaign-pages/:id — partial update; `product_ids` replaces the featured titles in order. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) {
  const id = req.params.id as string
  await updateCampaignWorkflow(req.scope).run({ input: { ...req.validatedBody, id } })
  res.json({ campaign: await fetchCampaign(req.scope, id) })
}

/** DELETE /admin/campaign-pages/:id — switches its promotion off; the clicks stay for the record. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  await deleteCampaignWorkflow(req.scope).run({ input: { id } })
  res.json({ id, object: "campaign", deleted: true })
}
