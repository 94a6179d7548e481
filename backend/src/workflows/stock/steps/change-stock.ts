import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { adjustmentProblem, goodsInProblem } from "../../../lib/inventory/stock-rules"
import { loadSaleState } from "../lib/sale-state"
import { withVariantLocks } from "../lib/variant-locks"

export type StockChangeInput = {
  kind: "goods_in" | "adjustment"
  variant_id: string
  location_id: string
  quantity: number
  reference?: string | null
  reason?: string | null
}

export type StockChanged = { inventory_item_id: string; location_id: string; change: number }

/**
 * Changes the stocked quantity of the variant's inventory item at the location, under the
 * variant's stock lock, after the goods-in / adjustment rules (400 otherwise). A goods-in at a
 * location without a level creates it. Compensation applies the opposite change.
 */
export const changeStockStep = createStep(
  "change-stock-step",
  async (input: StockChangeInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    return withVariantLocks(container, [input.variant_id], `stock:${input.variant_id}`, async () => {
      const state = (await loadSaleState(container, [input.variant_id], null)).get(input.variant_id)
      if (!state) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No variant with id "${input.variant_id}"`)
      const itemId = state.inventoryItemIds[0]
      if (!state.managesInventory || !itemId) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${state.title}" does not track stock.`)
      }
      const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: input.location_id })
      if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location with id "${input.location_id}"`)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id })
      const problem =
        input.kind === "goods_in"
          ? goodsInProblem(input.quantity, input.reference ?? "")
          : adjustmentProblem({
              stocked: Number(level?.stocked_quantity ?? 0),
              reserved: Number(level?.reserved_quantity ?? 0),
              change: input.quantity,
              reason: input.reason ?? "",
            })
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      if (!level) {
        await inventory.createInventoryLevels([{ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: input.quantity }])
      } else {
        await inventory.adjustInventory(itemId, input.location_id, input.quantity)
      }
      const changed: StockChanged = { inventory_item_id: itemId, location_id: input.location_id, change: input.quantity }
      return new StepResponse(changed, changed)
    })
  },
  async (changed, { container }) => {
    if (!changed) return
    await container.resolve(Modules.INVENTORY).adjustInventory(changed.inventory_item_id, changed.location_id, -changed.change)
  }
)
