import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyCampaignDiscountWorkflow } from "../../../../../workflows/campaign/apply-campaign-discount"

/**
 * POST /store/carts/:id/campaign-discount — after adding a title: applies the code of the
 * campaign the reader came through, when the cart now holds one of its titles. `{ applied: [] }`
 * when there is nothing to add; 404 for an unknown or completed cart.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await applyCampaignDiscountWorkflow(req.scope).run({
    input: { cart_id: req.params.id as string, at: new Date().toISOString() },
  })
  res.json(result)
}
