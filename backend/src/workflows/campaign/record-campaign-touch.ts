import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { createCampaignClickStep } from "./steps/create-campaign-click"
import { resolveCampaignTouchStep, type CampaignTouchInput } from "./steps/resolve-campaign-touch"
import { updateCartMetadataStep } from "./steps/update-cart-metadata"

/**
 * A reader followed a campaign link: record the click, merge the touch into the cart's
 * first/last attribution, and apply the campaign's promotion code while the campaign is live
 * (Medusa's own cart-promotion workflow, so the discount lands on the featured titles only).
 */
export const recordCampaignTouchWorkflow = createWorkflow("record-campaign-touch", (input: CampaignTouchInput) => {
  const touch = resolveCampaignTouchStep(input)
  createCampaignClickStep(
    transform({ touch }, ({ touch }) => ({
      campaign_id: touch.campaign_id,
      book_handle: touch.book_handle,
      cart_id: touch.cart_id,
    }))
  )
  updateCartMetadataStep(transform({ touch }, ({ touch }) => ({ cart_id: touch.cart_id, metadata: touch.metadata })))
  when({ touch }, ({ touch }) => touch.promo_codes.length > 0).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ touch }, ({ touch }) => ({
        cart_id: touch.cart_id,
        promo_codes: touch.promo_codes,
        action: PromotionActions.ADD,
      })),
    })
  })
  return new WorkflowResponse(
    transform({ touch }, ({ touch }) => ({ attribution: touch.metadata.campaign_attribution, applied: touch.promo_codes }))
  )
})
