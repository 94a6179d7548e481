import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PREORDER_TERMS_CHANGED } from "../../lib/preorder-events"
import { loadPreorderVariantStep } from "./steps/load-variant"
import { setVariantBackorderStep } from "./steps/set-variant-backorder"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"

const closeTermsStep = createStep(
  "close-preorder-terms-step",
  async (variantId: string, { container }) => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const [terms] = await service.listPreorderTerms({ variant_id: variantId })
    if (!terms) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This variant has no pre-order terms.")
    const updated = await service.updatePreorderTerms({ id: terms.id, status: "closed" })
    return new StepResponse(updated, { id: terms.id, status: terms.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<PreorderModuleService>(PREORDER_MODULE).updatePreorderTerms(previous)
  }
)

/**
 * Ends pre-orders for a variant: terms closed (lines already taken stay and are still
 * allocated as stock arrives), the variant's earlier backorder setting restored.
 */
export const closePreorderTermsWorkflow = createWorkflow("close-preorder-terms", (input: { variant_id: string }) => {
  const variant = loadPreorderVariantStep(input.variant_id)
  const terms = closeTermsStep(input.variant_id)
  setVariantBackorderStep(
    transform({ input, variant }, ({ input, variant }) => ({ variant_id: input.variant_id, allow_backorder: variant.previous_allow_backorder }))
  )
  // The search index re-reads the title (availability, "ships on" day).
  emitEventStep({ eventName: PREORDER_TERMS_CHANGED, data: { id: input.variant_id } }).config({ name: "emit-preorder-terms-changed" })
  return new WorkflowResponse(terms)
})
