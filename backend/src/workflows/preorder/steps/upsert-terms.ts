import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capProblem, releaseDateProblem } from "../../../lib/inventory/sale-rules"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"
import { withVariantLocks } from "../../stock/lib/variant-locks"

export type UpsertTermsInput = {
  variant_id: string
  /** Workflow inputs are serialised: a Date may arrive as its ISO string. */
  release_date: Date | string
  cap?: number | null
  status?: "open" | "closed"
  previous_allow_backorder: boolean
}

type Previous = { id: string; created: boolean; before?: { release_date: Date; cap: number | null; status: "open" | "closed" } }

/**
 * Creates or changes a variant's terms, re-checking under the variant's stock lock (so no
 * checkout claims in between) that a new release date lies ahead and the cap is not below what
 * is already claimed (400 otherwise, nothing written). Compensation restores or deletes.
 */
export const upsertPreorderTermsStep = createStep(
  "upsert-preorder-terms-step",
  async (input: UpsertTermsInput, { container }) => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const releaseDate = new Date(input.release_date)
    return withVariantLocks(container, [input.variant_id], `terms:${input.variant_id}`, async () => {
      const [existing] = await service.listPreorderTerms({ variant_id: input.variant_id })
      const problem =
        releaseDateProblem(releaseDate, new Date(), !existing) ??
        capProblem(input.cap === undefined ? existing?.cap ?? null : input.cap, existing?.claimed_quantity ?? 0)
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      if (!existing) {
        const created = await service.createPreorderTerms({
          variant_id: input.variant_id,
          release_date: releaseDate,
          cap: input.cap ?? null,
          status: input.status ?? "open",
          previous_allow_backorder: input.previous_allow_backorder,
        })
        return new StepResponse(created, { id: created.id, created: true } as Previous)
      }
      const updated = await service.updatePreorderTerms({
        id: existing.id,
        release_date: releaseDate,
        ...(input.cap !== undefined ? { cap: input.cap } : {}),
        ...(input.status ? { status: input.status } : {}),
      })
      const before = { release_date: new Date(existing.release_date), cap: existing.cap ?? null, status: existing.status }
      return new StepResponse(updated, { id: existing.id, created: false, before } as Previous)
    })
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) return
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    if (previous.created) await service.deletePreorderTerms(previous.id)
    else if (previous.before) await service.updatePreorderTerms({ id: previous.id, ...previous.before })
  }
)
