import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allocatePreordersWorkflow } from "../../../../workflows/preorder/allocate-preorders"
import type { AdminAllocatePreordersType } from "../validators"

/** POST /admin/preorders/allocate — allocate pending pre-orders now, oldest first (all due titles, or `variant_ids`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAllocatePreordersType>, res: MedusaResponse) {
  const { variant_ids } = req.validatedBody
  const { result } = await allocatePreordersWorkflow(req.scope).run({ input: variant_ids ? { variant_ids } : { due_by: new Date() } })
  res.json({ allocations: result })
}
