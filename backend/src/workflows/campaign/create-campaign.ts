import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCampaignStep } from "./steps/create-campaign"
import { setCampaignTitlesStep } from "./steps/set-campaign-titles"
import { syncCampaignPromotionStep } from "./steps/sync-campaign-promotion"
import { updateCampaignStep } from "./steps/update-campaign"
import { validateCampaignStep } from "./steps/validate-campaign"
import { CampaignEvents, type CampaignRecord, type CreateCampaignInput } from "./types"

/** Creates a campaign, its featured titles in order and, with a discount, its Medusa promotion. */
export const createCampaignWorkflow = createWorkflow("create-campaign", (input: CreateCampaignInput) => {
  const { fields, product_ids } = transform({ input }, ({ input: { product_ids, ...fields } }) => ({
    fields: { ...fields, discount_percent: fields.discount_percent ?? null },
    product_ids,
  }))
  validateCampaignStep({ changes: fields, product_ids })
  const campaign = createCampaignStep(fields)
  const titles = setCampaignTitlesStep({ campaign_id: campaign.id, product_ids })
  const promotionId = syncCampaignPromotionStep({
    campaign: campaign as unknown as CampaignRecord,
    product_ids: titles,
  })
  const saved = updateCampaignStep({ id: campaign.id, promotion_id: promotionId })
  const event = transform({ saved }, ({ saved }) => ({ id: saved.id, slug: saved.slug }))
  emitEventStep({ eventName: CampaignEvents.CREATED, data: event })
  return new WorkflowResponse(saved)
})
