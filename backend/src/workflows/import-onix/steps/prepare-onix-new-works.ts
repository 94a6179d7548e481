import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OnixWork } from "../../../lib/onix"
import { planWorkImport } from "../plan-work-import"
import { readShopStates } from "../read-shop-state"
import type { CreatePlan } from "../types"

/**
 * Plans a batch of works the shop does not have yet; refuses (INVALID_DATA) if any of them turns
 * out to need more than a new product, so the caller imports that batch work by work. Reads only.
 */
export const prepareOnixNewWorksStep = createStep(
  "prepare-onix-new-works-step",
  async ({ works, currency_codes }: { works: OnixWork[]; currency_codes: string[] }, { container }) => {
    const states = await readShopStates(container, works, currency_codes)
    const plans = works.map((work, i) => planWorkImport(work, states[i] ?? { products: [], handle_taken: false, currency_codes }))
    const other = plans.findIndex((p) => p.action !== "create")
    if (other >= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${works[other]?.title}" is no longer a new work (${plans[other]?.action})`)
    }
    return new StepResponse(plans as CreatePlan[])
  }
)
