import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"
import type { StoreListPreorders } from "./validators"

/**
 * The pre-order lines of one of the signed-in reader's orders, with each variant's release date
 * (the account order page shows them and offers to cancel the pending ones). 404 for an order
 * that is not theirs.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPreorders>, res: MedusaResponse) {
  const { order_id } = req.validatedQuery as StoreListPreorders
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: order_id, customer_id: req.auth_context.actor_id } })
  if (data.length === 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
  const service = req.scope.resolve<PreorderModuleService>(PREORDER_MODULE)
  const lines = await service.listPreorderLines({ order_id }, { order: { created_at: "ASC", id: "ASC" }, take: 500 })
  const variantIds = [...new Set(lines.map((l) => l.variant_id))]
  const terms = variantIds.length > 0 ? await service.listPreorderTerms({ variant_id: variantIds }, { take: variantIds.length }) : []
  const releaseOf = new Map(terms.map((t) => [t.variant_id, t.release_date]))
  res.json({
    preorders: lines.map((l) => ({
      id: l.id,
      line_item_id: l.line_item_id,
      variant_id: l.variant_id,
      quantity: Number(l.quantity),
      status: l.status,
      release_date: releaseOf.get(l.variant_id) ?? null,
    })),
  })
}
