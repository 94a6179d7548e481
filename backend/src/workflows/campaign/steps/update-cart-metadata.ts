import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CartMetadataInput = { cart_id: string; metadata: Record<string, unknown> }

/** Writes a cart's metadata (Medusa copies it to the order); compensation writes the old one back. */
export const updateCartMetadataStep = createStep(
  "update-cart-metadata-step",
  async ({ cart_id, metadata }: CartMetadataInput, { container }) => {
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    const before = await carts.retrieveCart(cart_id, { select: ["id", "metadata"] })
    await carts.updateCarts(cart_id, { metadata })
    return new StepResponse(metadata, { cart_id, metadata: before.metadata ?? {} })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<ICartModuleService>(Modules.CART).updateCarts(undo.cart_id, { metadata: undo.metadata })
  }
)
