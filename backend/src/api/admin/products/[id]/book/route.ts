import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertBookDetailsWorkflow } from "../../../../../workflows/book/upsert-book-details"
import { fetchAdminBook } from "./helpers"
import type { AdminUpsertBookDetailsType } from "./validators"

/** GET /admin/products/:id/book — `{ book }`, null when the product has no book details yet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ book: await fetchAdminBook(req.scope, req.params.id as string) })
}

/** POST /admin/products/:id/book — create or update the book details, contributors and formats. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertBookDetailsType>, res: MedusaResponse) {
  const productId = req.params.id as string
  await fetchAdminBook(req.scope, productId)
  await upsertBookDetailsWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: productId } })
  res.json({ book: await fetchAdminBook(req.scope, productId) })
}
