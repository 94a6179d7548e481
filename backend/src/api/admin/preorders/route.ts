import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { preorderSummaries } from "./helpers"

/** GET /admin/preorders — every title with pre-order terms: pending, allocated, shipped, cap, release date. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ preorders: await preorderSummaries(req.scope) })
}
