import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"

export type SetCampaignTitlesInput = { campaign_id: string; product_ids?: string[] }
type Undo = { campaign_id: string; created: string[]; previous: string[] } | null

/**
 * Replaces a campaign's featured titles with these products in this order (position 0, 1, …).
 * Without product_ids it leaves them alone. Compensation puts the previous list back.
 */
export const setCampaignTitlesStep = createStep(
  "set-campaign-titles-step",
  async ({ campaign_id, product_ids }: SetCampaignTitlesInput, { container }) => {
    const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    const before = await service.listCampaignTitles({ campaign_id }, { order: { position: "ASC" } })
    if (!product_ids) return new StepResponse<string[], Undo>(before.map((t) => t.product_id), null)
    if (before.length) await service.deleteCampaignTitles(before.map((t) => t.id))
    const created = await service.createCampaignTitles(
      product_ids.map((product_id, position) => ({ campaign_id, product_id, position }))
    )
    return new StepResponse<string[], Undo>(product_ids, {
      campaign_id,
      created: created.map((t) => t.id),
      previous: before.map((t) => t.product_id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    if (undo.created.length) await service.deleteCampaignTitles(undo.created)
    if (undo.previous.length) {
      await service.createCampaignTitles(
        undo.previous.map((product_id, position) => ({ campaign_id: undo.campaign_id, product_id, position }))
      )
    }
  }
)
