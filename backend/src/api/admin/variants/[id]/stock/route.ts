import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { changeStockWorkflow } from "../../../../../workflows/stock/change-stock"
import { movementsOf, variantStock } from "../../../stock/helpers"
import type { AdminChangeStockType } from "../../../stock/validators"

/**
 * GET /admin/variants/:id/stock — the variant's stock now (per location, threshold) and its
 * movements (who, when, what, why), newest first. 404 for an unknown variant.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  const offset = Math.max(0, Number(req.query.offset ?? 0) || 0)
  const limit = Math.min(200, Math.max(1, Number(req.query.limit ?? 50) || 50))
  const stock = await variantStock(req.scope, id)
  if (!stock) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${id} was not found`)
  res.json({ stock, ...(await movementsOf(req.scope, id, offset, limit)), offset, limit })
}

/** POST /admin/variants/:id/stock — goods-in or adjustment, recorded with the signed-in user. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeStockType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await changeStockWorkflow(req.scope).run({
    input: {
      kind: body.kind,
      variant_id: req.params.id as string,
      location_id: body.location_id,
      quantity: body.quantity,
      reference: body.kind === "goods_in" ? body.reference : null,
      reason: body.kind === "adjustment" ? body.reason : null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ movement: result.movement, allocations: result.allocations ?? [] })
}
