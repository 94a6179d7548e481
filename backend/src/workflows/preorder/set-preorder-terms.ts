import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PREORDER_TERMS_CHANGED } from "../../lib/preorder-events"
import { releaseDateChangeTemplate } from "../../lib/inventory/preorder-news"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { loadPreorderVariantStep } from "./steps/load-variant"
import { setVariantBackorderStep } from "./steps/set-variant-backorder"
import { upsertPreorderTermsStep } from "./steps/upsert-terms"

/** Emitted when open terms get a release date on another day; readers with pending pre-orders are e-mailed. */
export const PREORDER_RELEASE_DATE_CHANGED = "preorder.release_date_changed"

/** The release date of the variant's current terms, if any (read only: what readers were told). */
const readPreviousReleaseDateStep = createStep("read-previous-preorder-release-date", async (variantId: string, { container }) => {
  const [terms] = await container.resolve<PreorderModuleService>(PREORDER_MODULE).listPreorderTerms({ variant_id: variantId }, { take: 1 })
  return new StepResponse(terms ? { release_date: new Date(terms.release_date).toISOString(), status: terms.status } : null)
})

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
  const previous = readPreviousReleaseDateStep(input.variant_id)
  const upsertInput = transform({ input, variant }, ({ input, variant }) => ({
    variant_id: input.variant_id,
    release_date: input.release_date,
    cap: input.cap,
    status: "open" as const,
    previous_allow_backorder: variant.previous_allow_backorder,
  }))
  const terms = upsertPreorderTermsStep(upsertInput)
  setVariantBackorderStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, allow_backorder: true })))
  // Readers with pending pre-orders hear of a new day (the event is only sent once the workflow succeeded).
  const change = transform({ input, previous }, ({ input, previous }) => ({
    variant_id: input.variant_id,
    previous_date: previous?.release_date ?? "",
    new_date: new Date(input.release_date).toISOString(),
    news: !!previous && previous.status === "open" && releaseDateChangeTemplate(previous.release_date, input.release_date) !== null,
  }))
  when({ change }, ({ change }) => change.news).then(() => {
    emitEventStep({
      eventName: PREORDER_RELEASE_DATE_CHANGED,
      data: transform({ change }, ({ change }) => ({ variant_id: change.variant_id, previous_date: change.previous_date, new_date: change.new_date })),
    })
  })
  // The search index re-reads the title (availability, "ships on" day).
  emitEventStep({ eventName: PREORDER_TERMS_CHANGED, data: { id: input.variant_id } }).config({ name: "emit-preorder-terms-changed" })
  return new WorkflowResponse(terms)
})
