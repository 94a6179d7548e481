import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lowStock } from "../helpers"

/** GET /admin/stock/low — variants at or below their low-stock threshold (default 5). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ variants: await lowStock(req.scope) })
}
