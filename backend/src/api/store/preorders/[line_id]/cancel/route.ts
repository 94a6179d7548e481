import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPreorderWorkflow } from "../../../../../workflows/preorder/cancel-preorder"

/** A signed-in reader cancels one of their pending pre-orders (404 if not theirs, 400 if no longer pending). */
export async function POST(req: AuthenticatedMedusaRequest<{ line_id: string }>, res: MedusaResponse) {
  const { result } = await cancelPreorderWorkflow(req.scope).run({
    input: { line_id: req.params.line_id ?? "", customer_id: req.auth_context.actor_id },
  })
  res.json({ preorder: result })
}
