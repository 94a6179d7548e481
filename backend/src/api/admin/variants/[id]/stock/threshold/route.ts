import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setStockThresholdWorkflow } from "../../../../../../workflows/stock/set-threshold"
import type { AdminSetThresholdType } from "../../../../stock/validators"

/** POST /admin/variants/:id/stock/threshold — the variant's low-stock threshold. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetThresholdType>, res: MedusaResponse) {
  const { result } = await setStockThresholdWorkflow(req.scope).run({ input: { variant_id: req.params.id as string, threshold: req.validatedBody.threshold } })
  res.json({ threshold: result })
}
