import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Pre-order variants are sold with Medusa's `allow_backorder` (so a checkout at zero stock
 * reserves a copy to come); closing the terms restores the variant's earlier setting.
 */
export const setVariantBackorderStep = createStep(
  "set-variant-backorder-step",
  async (input: { variant_id: string; allow_backorder: boolean }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const [variant] = await products.listProductVariants({ id: input.variant_id }, { select: ["id", "allow_backorder"] })
    if (!variant) return new StepResponse(undefined, undefined)
    if (variant.allow_backorder !== input.allow_backorder) {
      await products.updateProductVariants(input.variant_id, { allow_backorder: input.allow_backorder })
    }
    return new StepResponse(undefined, { variant_id: input.variant_id, allow_backorder: variant.allow_backorder })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PRODUCT).updateProductVariants(previous.variant_id, { allow_backorder: previous.allow_backorder })
  }
)
