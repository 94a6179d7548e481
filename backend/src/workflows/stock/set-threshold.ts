import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../modules/stock"
import type StockModuleService from "../../modules/stock/service"

const upsertThresholdStep = createStep(
  "upsert-stock-threshold-step",
  async (input: { variant_id: string; threshold: number }, { container }) => {
    if (!Number.isInteger(input.threshold) || input.threshold < 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The low-stock threshold must be a whole number, zero or more.")
    }
    const service = container.resolve<StockModuleService>(STOCK_MODULE)
    const [existing] = await service.listStockThresholds({ variant_id: input.variant_id })
    if (existing) {
      const updated = await service.updateStockThresholds({ id: existing.id, threshold: input.threshold })
      return new StepResponse(updated, { id: existing.id, threshold: existing.threshold as number | null })
    }
    const created = await service.createStockThresholds(input)
    return new StepResponse(created, { id: created.id, threshold: null as number | null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<StockModuleService>(STOCK_MODULE)
    if (previous.threshold === null) await service.deleteStockThresholds(previous.id)
    else await service.updateStockThresholds({ id: previous.id, threshold: previous.threshold })
  }
)

/** Sets a variant's low-stock threshold (the low-stock list uses 5 where none is set). */
export const setStockThresholdWorkflow = createWorkflow("set-stock-threshold", (input: { variant_id: string; threshold: number }) => {
  return new WorkflowResponse(upsertThresholdStep(input))
})
