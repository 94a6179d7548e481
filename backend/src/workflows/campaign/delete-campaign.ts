import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteCampaignStep } from "./steps/delete-campaign"
import { retrieveCampaignStep } from "./steps/retrieve-campaign"
import { syncCampaignPromotionStep } from "./steps/sync-campaign-promotion"
import { CampaignEvents } from "./types"

/** Switches the campaign's promotion off, then deletes the campaign (its clicks stay). */
export const deleteCampaignWorkflow = createWorkflow("delete-campaign", (input: { id: string }) => {
  const { campaign, product_ids } = retrieveCampaignStep(input.id)
  syncCampaignPromotionStep({ campaign, product_ids, retire: true })
  deleteCampaignStep(input.id)
  const event = transform({ campaign }, ({ campaign }) => ({ id: campaign.id, slug: campaign.slug }))
  emitEventStep({ eventName: CampaignEvents.DELETED, data: event })
  return new WorkflowResponse({ id: input.id })
})
