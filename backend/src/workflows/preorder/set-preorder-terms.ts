import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPreorderVariantStep } from "./steps/load-variant"
import { setVariantBackorderStep } from "./steps/set-variant-backorder"
import { upsertPreorderTermsStep } from "./steps/upsert-terms"

export type SetPreorderTermsInput = {
  variant_id: string
  release_date: Date | string
  cap?: number | null
}

/**
 * Opens or changes pre-orders for a variant: terms (release date, optional cap) and
 * `allow_backorder` on the variant. New terms need a future date; a cap may not fall below
 * what is already pre-ordered.
 */
export const setPreorderTermsWorkflow = createWorkflow("set-preorder-terms", (input: SetPreorderTermsInput) => {
  const variant = loadPreorderVariantStep(input.variant_id)
  const upsertInput = transform({ input, variant }, ({ input, variant }) => ({
    variant_id: input.variant_id,
    release_date: input.release_date,
    cap: input.cap,
    status: "open" as const,
    previous_allow_backorder: variant.previous_allow_backorder,
  }))
  const terms = upsertPreorderTermsStep(upsertInput)
  setVariantBackorderStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, allow_backorder: true })))
  return new WorkflowResponse(terms)
})
