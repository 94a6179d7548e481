import type { UpdateProductDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OnixProductUpdate = {
  product_id: string
  update: Pick<UpdateProductDTO, "title" | "subtitle" | "description" | "collection_id" | "category_ids">
}

type Previous = { id: string; data: OnixProductUpdate["update"] }

/**
 * Writes the product fields the import changed (title, subtitle, description, series, subject
 * categories). Compensation writes back the previous values of exactly those fields.
 */
export const updateOnixProductStep = createStep(
  "update-onix-product-step",
  async ({ product_id, update }: OnixProductUpdate, { container }) => {
    if (Object.keys(update).length === 0) return new StepResponse(null, null as Previous | null)
    const products = container.resolve(Modules.PRODUCT)
    const before = await products.retrieveProduct(product_id, { relations: ["categories"] })
    const previous: OnixProductUpdate["update"] = {}
    if ("title" in update) previous.title = before.title
    if ("subtitle" in update) previous.subtitle = before.subtitle
    if ("description" in update) previous.description = before.description
    if ("collection_id" in update) previous.collection_id = before.collection_id
    if ("category_ids" in update) previous.category_ids = (before.categories ?? []).map((c) => c.id)
    await products.updateProducts(product_id, update)
    return new StepResponse(product_id, { id: product_id, data: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PRODUCT).updateProducts(previous.id, previous.data)
  }
)
