import type { MedusaContainer } from "@medusajs/framework/types"
import { allocatePreordersWorkflow } from "../workflows/preorder/allocate-preorders"

/**
 * Every hour: allocate the pending pre-orders of every title whose release date is due — not
 * only today's, so a run missed while the server was down is caught up by the next one.
 */
export default async function allocateDuePreorders(container: MedusaContainer) {
  const { result } = await allocatePreordersWorkflow(container).run({ input: { due_by: new Date() } })
  const allocated = result.reduce((s, r) => s + r.allocated_lines, 0)
  if (allocated > 0) container.resolve("logger").info(`Pre-orders: allocated ${allocated} line(s) across ${result.length} title format(s).`)
}

export const config = { name: "allocate-due-preorders", schedule: "5 * * * *" }
