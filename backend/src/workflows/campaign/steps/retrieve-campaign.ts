import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"
import type { CampaignRecord } from "../types"

/** Reads one campaign and its featured product ids in order (404 when unknown). Nothing to undo. */
export const retrieveCampaignStep = createStep("retrieve-campaign-step", async (id: string, { container }) => {
  const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
  const [campaign] = await service.listCampaignPages({ id }, { relations: ["titles"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign with id "${id}"`)
  const product_ids = [...(campaign.titles ?? [])].sort((a, b) => a.position - b.position).map((t) => t.product_id)
  const record: CampaignRecord = {
    id: campaign.id,
    title: campaign.title,
    slug: campaign.slug,
    status: campaign.status,
    starts_at: campaign.starts_at,
    ends_at: campaign.ends_at,
    discount_percent: campaign.discount_percent,
    promotion_id: campaign.promotion_id,
  }
  return new StepResponse({ campaign: record, product_ids })
})
