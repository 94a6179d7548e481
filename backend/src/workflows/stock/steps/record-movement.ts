import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type MovementInput = {
  variant_id: string
  inventory_item_id: string
  location_id: string
  kind: "goods_in" | "adjustment"
  quantity: number
  reference?: string | null
  reason?: string | null
  actor_id?: string | null
}

/** Writes the audit entry of a stock movement; compensation deletes it. */
export const recordStockMovementStep = createStep(
  "record-stock-movement-step",
  async (input: MovementInput, { container }) => {
    const movement = await container.resolve<StockModuleService>(STOCK_MODULE).createStockMovements({
      ...input,
      reference: input.reference?.trim() || null,
      reason: input.reason?.trim() || null,
      actor_id: input.actor_id ?? null,
    })
    return new StepResponse(movement, movement.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockModuleService>(STOCK_MODULE).deleteStockMovements(id)
  }
)
