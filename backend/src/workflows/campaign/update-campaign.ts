import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setCampaignTitlesStep } from "./steps/set-campaign-titles"
import { syncCampaignPromotionStep } from "./steps/sync-campaign-promotion"
import { updateCampaignStep } from "./steps/update-campaign"
import { validateCampaignStep } from "./steps/validate-campaign"
import { CampaignEvents, type CampaignRecord, type UpdateCampaignInput } from "./types"

/**
 * Updates a campaign's fields and (when given) its featured titles, then brings its promotion
 * in line: a discount set for the first time creates one, status/dates/titles/percentage follow.
 */
export const updateCampaignWorkflow = createWorkflow("update-campaign", (input: UpdateCampaignInput) => {
  const { id, changes, product_ids } = transform({ input }, ({ input: { id, product_ids, ...changes } }) => ({
    id,
    changes,
    product_ids,
  }))
  validateCampaignStep({ id, changes, product_ids })
  const updated = updateCampaignStep(transform({ id, changes }, ({ id, changes }) => ({ id, ...changes })))
  const titles = setCampaignTitlesStep({ campaign_id: id, product_ids })
  const promotionId = syncCampaignPromotionStep({
    campaign: updated as unknown as CampaignRecord,
    product_ids: titles,
  })
  const saved = updateCampaignStep({ id, promotion_id: promotionId }).config({ name: "save-campaign-promotion-id" })
  const event = transform({ saved }, ({ saved }) => ({ id: saved.id, slug: saved.slug }))
  emitEventStep({ eventName: CampaignEvents.UPDATED, data: event })
  return new WorkflowResponse(saved)
})
