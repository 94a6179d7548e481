import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { allocatePreordersWorkflow } from "../preorder/allocate-preorders"
import { changeStockStep, type StockChangeInput } from "./steps/change-stock"
import { recordStockMovementStep } from "./steps/record-movement"

export type ChangeStockWorkflowInput = StockChangeInput & { actor_id?: string | null }

/**
 * Goods-in (receive copies at a location, with a reference) or an adjustment (with a reason):
 * the stock change, its audit entry, and — for goods-in — allocation of the variant's pending
 * pre-orders, oldest first, to the copies that arrived.
 */
export const changeStockWorkflow = createWorkflow("change-stock", (input: ChangeStockWorkflowInput) => {
  const changed = changeStockStep(input)
  const movement = recordStockMovementStep(
    transform({ input, changed }, ({ input, changed }) => ({
      variant_id: input.variant_id,
      inventory_item_id: changed.inventory_item_id,
      location_id: input.location_id,
      kind: input.kind,
      quantity: input.quantity,
      reference: input.reference ?? null,
      reason: input.reason ?? null,
      actor_id: input.actor_id ?? null,
    }))
  )
  const allocations = when("allocate-after-goods-in", { input }, ({ input }) => input.kind === "goods_in").then(() =>
    allocatePreordersWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ variant_ids: [input.variant_id] })) })
  )
  return new WorkflowResponse({ movement, allocations })
})
