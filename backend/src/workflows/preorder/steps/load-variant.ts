import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"

/**
 * The variant the terms are for (404 if unknown; 400 if it does not track stock, since
 * allocation works on stock), its current backorder flag and existing terms. Reads only.
 */
export const loadPreorderVariantStep = createStep("load-preorder-variant-step", async (variantId: string, { container }) => {
  const [variant] = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: variantId }, { select: ["id", "title", "manage_inventory", "allow_backorder"] })
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No variant with id "${variantId}"`)
  if (!variant.manage_inventory) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${variant.title}" does not track stock; pre-orders need stocked formats.`)
  }
  const [terms] = await container.resolve<PreorderModuleService>(PREORDER_MODULE).listPreorderTerms({ variant_id: variantId })
  return new StepResponse({
    variant_id: variant.id,
    allow_backorder: variant.allow_backorder,
    previous_allow_backorder: terms ? terms.previous_allow_backorder : variant.allow_backorder,
    terms: terms ?? null,
  })
})
