import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteContributorWorkflow } from "../../../../workflows/book/delete-contributor"
import { updateContributorWorkflow } from "../../../../workflows/book/update-contributor"
import { refetchContributor } from "../helpers"
import type { AdminUpdateContributorType } from "../validators"

/** GET /admin/contributors/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const contributor = await refetchContributor(req.scope, req.params.id as string, req.queryConfig.fields)
  res.json({ contributor })
}

/** POST /admin/contributors/:id — partial update; renaming keeps the handle unless one is given. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateContributorType>, res: MedusaResponse) {
  const id = req.params.id as string
  await refetchContributor(req.scope, id, ["id"])
  await updateContributorWorkflow(req.scope).run({ input: { ...req.validatedBody, id } })
  const contributor = await refetchContributor(req.scope, id, req.queryConfig.fields)
  res.json({ contributor })
}

/** DELETE /admin/contributors/:id — refused (400) while the contributor is credited on books. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  await deleteContributorWorkflow(req.scope).run({ input: { id } })
  res.json({ id, object: "contributor", deleted: true })
}
