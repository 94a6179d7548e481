import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { preorderLines, preorderSummaries, preordersPerDay } from "../helpers"

/**
 * GET /admin/preorders/:variant_id?offset=&limit= — one title's summary, pre-orders per day
 * and a page of its lines (oldest first) with their orders.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const variantId = req.params.variant_id as string
  const [summary] = await preorderSummaries(req.scope, [variantId])
  if (!summary) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This variant has no pre-order terms.")
  const offset = Math.max(0, Number(req.query.offset ?? 0) || 0)
  const limit = Math.min(200, Math.max(1, Number(req.query.limit ?? 50) || 50))
  const { lines, count } = await preorderLines(req.scope, variantId, offset, limit)
  res.json({ preorder: summary, per_day: await preordersPerDay(req.scope, variantId), lines, count, offset, limit })
}
