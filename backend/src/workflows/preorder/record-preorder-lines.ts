import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"


/**
 * Records a pre-order line for every item of the order whose variant has open terms. Idempotent:
 * items already recorded (by line item id) are skipped. Compensation deletes what it created.
 */
const recordLinesStep = createStep(
  "record-preorder-lines-step",
  async (orderId: string, { container }) => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    // The Order Module resolves each item's quantity from its order item detail.
    const order = await container.resolve(Modules.ORDER).retrieveOrder(orderId, { relations: ["items"] })
    const items = (order.items ?? []).flatMap((i) => {
      const quantity = MathBN.convert(i.quantity).toNumber()
      return i.variant_id && quantity > 0 ? [{ id: i.id, variant_id: i.variant_id, quantity }] : []
    })
    if (items.length === 0) return new StepResponse([], [])
    const terms = await service.listPreorderTerms({ variant_id: items.map((i) => i.variant_id), status: "open" })
    const preorderVariants = new Set(terms.map((t) => t.variant_id))
    const candidates = items.filter((i) => preorderVariants.has(i.variant_id))
    if (candidates.length === 0) return new StepResponse([], [])
    const recorded = new Set(
      (await service.listPreorderLines({ line_item_id: candidates.map((i) => i.id) }, { select: ["line_item_id"] })).map((l) => l.line_item_id)
    )
    const toCreate = candidates
      .filter((i) => !recorded.has(i.id))
      .map((i) => ({ order_id: orderId, line_item_id: i.id, variant_id: i.variant_id, quantity: i.quantity, status: "pending" as const }))
    const created = toCreate.length > 0 ? await service.createPreorderLines(toCreate) : []
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<PreorderModuleService>(PREORDER_MODULE).deletePreorderLines(ids)
  }
)

/** Run on `order.placed`: the order's pre-ordered items become pending pre-order lines (FIFO by creation). */
export const recordPreorderLinesWorkflow = createWorkflow("record-preorder-lines", (input: { order_id: string }) => {
  return new WorkflowResponse(recordLinesStep(input.order_id))
})
