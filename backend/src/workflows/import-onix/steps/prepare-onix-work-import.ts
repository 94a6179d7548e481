import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planWorkImport } from "../plan-work-import"
import { readShopStates } from "../read-shop-state"
import type { ImportOnixWorkInput } from "../types"

/**
 * Reads what the shop holds for the work (the product its ISBNs belong to), plans the import and
 * refuses conflicts with INVALID_DATA before anything is written. Reads only.
 *
 * The ISBN rule needs no separate check here: every ISBN the plan writes was validated by the
 * parser (isbn3, as the rule does), and the read above is the rule's "held by another variant"
 * query — a held ISBN either belongs to this work's product or makes the plan a conflict. The
 * import never changes the ean of an existing variant; the variants it creates are checked
 * again by the core workflows' hooks, which roll creates back.
 */
export const prepareOnixWorkImportStep = createStep(
  "prepare-onix-work-import-step",
  async ({ work, currency_codes }: ImportOnixWorkInput, { container }) => {
    const [state] = await readShopStates(container, [work], currency_codes)
    const plan = planWorkImport(work, state ?? { products: [], handle_taken: false, currency_codes })
    if (plan.action === "conflict") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, plan.reasons.join("; "))
    }
    return new StepResponse(plan)
  }
)
