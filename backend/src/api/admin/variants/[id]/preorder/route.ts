import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closePreorderTermsWorkflow } from "../../../../../workflows/preorder/close-preorder-terms"
import { setPreorderTermsWorkflow } from "../../../../../workflows/preorder/set-preorder-terms"
import { preorderSummaries } from "../../../preorders/helpers"
import type { AdminSetPreorderTermsType } from "../../../preorders/validators"

const summary = async (req: AuthenticatedMedusaRequest, id: string) => (await preorderSummaries(req.scope, [id]))[0] ?? null

/** GET /admin/variants/:id/preorder — the variant's terms and line counts (`preorder: null` without terms). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ preorder: await summary(req, req.params.id as string) })
}

/** POST /admin/variants/:id/preorder — open or change pre-orders (release date, optional cap). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetPreorderTermsType>, res: MedusaResponse) {
  const id = req.params.id as string
  await setPreorderTermsWorkflow(req.scope).run({ input: { variant_id: id, ...req.validatedBody } })
  res.json({ preorder: await summary(req, id) })
}

/** DELETE /admin/variants/:id/preorder — close pre-orders (lines already taken stay). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  await closePreorderTermsWorkflow(req.scope).run({ input: { variant_id: id } })
  res.json({ preorder: await summary(req, id) })
}
