import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { resolveCampaignDiscountStep, type CampaignDiscountInput } from "./steps/resolve-campaign-discount"

/**
 * After a title is added to a cart: if the reader came through a live campaign's link and the
 * cart now holds one of its titles, apply the campaign's code (Medusa's own cart-promotion
 * workflow, with its compensation). Idempotent: a cart holding the code gets nothing new.
 */
export const applyCampaignDiscountWorkflow = createWorkflow("apply-campaign-discount", (input: CampaignDiscountInput) => {
  const resolved = resolveCampaignDiscountStep(input)
  when({ resolved }, ({ resolved }) => resolved.promo_codes.length > 0).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ resolved }, ({ resolved }) => ({
        cart_id: resolved.cart_id,
        promo_codes: resolved.promo_codes,
        action: PromotionActions.ADD,
      })),
    })
  })
  return new WorkflowResponse(transform({ resolved }, ({ resolved }) => ({ applied: resolved.promo_codes })))
})
