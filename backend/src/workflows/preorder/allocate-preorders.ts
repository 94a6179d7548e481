import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { allocatableForPreorders, allocateOldestFirst } from "../../lib/inventory/sale-rules"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { loadSaleState } from "../stock/lib/sale-state"
import { withVariantLocks } from "../stock/lib/variant-locks"

/** Pending lines are read (and allocated) in pages of this size: any number of pre-orders, bounded memory per query. */
export const ALLOCATION_PAGE = 500

export type AllocatePreordersInput = {
  /** Variants to allocate; without it, every variant whose release date is due. */
  variant_ids?: string[]
  /** Due = release date on or before this moment (default now): runs missed while the server was down catch up. */
  due_by?: Date
}

export type VariantAllocation = { variant_id: string; allocated_lines: number; allocated_quantity: number; still_pending: number }

async function duePreorderVariants(service: PreorderModuleService, dueBy: Date): Promise<string[]> {
  const variantIds: string[] = []
  for (let skip = 0; ; skip += ALLOCATION_PAGE) {
    const page = await service.listPreorderTerms({ release_date: { $lte: dueBy } }, { select: ["variant_id"], skip, take: ALLOCATION_PAGE, order: { id: "ASC" } })
    variantIds.push(...page.map((t) => t.variant_id))
    if (page.length < ALLOCATION_PAGE) return variantIds
  }
}

/** Every line of the variant in `status`, oldest first (created_at, then id), read page by page. */
async function linesIn(service: PreorderModuleService, variantId: string, status: "pending" | "allocated") {
  const lines: { id: string; quantity: number }[] = []
  for (let skip = 0; ; skip += ALLOCATION_PAGE) {
    const page = await service.listPreorderLines(
      { variant_id: variantId, status },
      { select: ["id", "quantity"], skip, take: ALLOCATION_PAGE, order: { created_at: "ASC", id: "ASC" } }
    )
    lines.push(...page.map((l) => ({ id: l.id, quantity: Number(l.quantity) })))
    if (page.length < ALLOCATION_PAGE) return lines
  }
}

async function allocateVariant(container: MedusaContainer, variantId: string, allocatedIds: string[]): Promise<VariantAllocation> {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  // Under the variant's stock lock: no checkout reserves a copy while the free copies are counted.
  return withVariantLocks(container, [variantId], `allocate:${variantId}`, async () => {
    const pending = await linesIn(service, variantId, "pending")
    const pendingQuantity = pending.reduce((s, l) => s + l.quantity, 0)
    const allocatedQuantity = (await linesIn(service, variantId, "allocated")).reduce((s, l) => s + l.quantity, 0)
    const state = (await loadSaleState(container, [variantId], null)).get(variantId)
    const free = state ? allocatableForPreorders({ stocked: state.stocked, reserved: state.reserved, pending: pendingQuantity, allocated: allocatedQuantity }) : 0
    const { allocated } = allocateOldestFirst(pending, free)
    const now = new Date()
    for (let i = 0; i < allocated.length; i += ALLOCATION_PAGE) {
      const ids = allocated.slice(i, i + ALLOCATION_PAGE).map((l) => l.id)
      await service.updatePreorderLines({ selector: { id: ids, status: "pending" }, data: { status: "allocated", allocated_at: now } })
      allocatedIds.push(...ids)
    }
    return {
      variant_id: variantId,
      allocated_lines: allocated.length,
      allocated_quantity: allocated.reduce((s, l) => s + l.quantity, 0),
      still_pending: pending.length - allocated.length,
    }
  })
}

/**
 * Allocates pending pre-orders oldest first up to the copies free for them. Idempotent (lines
 * already allocated are not pending, and their copies are no longer free); compensation puts
 * the lines this run allocated back to pending.
 */
const allocatePreordersStep = createStep(
  "allocate-preorders-step",
  async (input: AllocatePreordersInput, { container }) => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const variantIds = input.variant_ids ?? (await duePreorderVariants(service, input.due_by ?? new Date()))
    const allocatedIds: string[] = []
    const results: VariantAllocation[] = []
    try {
      for (const variantId of [...new Set(variantIds)]) results.push(await allocateVariant(container, variantId, allocatedIds))
    } catch (error) {
      await revert(container, allocatedIds)
      throw error
    }
    return new StepResponse(results, allocatedIds)
  },
  async (allocatedIds, { container }) => {
    if (allocatedIds?.length) await revert(container, allocatedIds)
  }
)

async function revert(container: MedusaContainer, ids: string[]) {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  for (let i = 0; i < ids.length; i += ALLOCATION_PAGE) {
    await service.updatePreorderLines({ selector: { id: ids.slice(i, i + ALLOCATION_PAGE) }, data: { status: "pending", allocated_at: null } })
  }
}

export const allocatePreordersWorkflow = createWorkflow("allocate-preorders", (input: AllocatePreordersInput) => {
  return new WorkflowResponse(allocatePreordersStep(input))
})
