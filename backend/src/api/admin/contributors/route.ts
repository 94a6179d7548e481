import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createContributorWorkflow } from "../../../workflows/book/create-contributor"
import { refetchContributor } from "./helpers"
import type { AdminCreateContributorType } from "./validators"

/** GET /admin/contributors?q=&limit=&offset= — contributors, with the total count. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: contributors, metadata } = await query.graph({
    entity: "contributor",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ contributors, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** POST /admin/contributors — create one; the handle defaults to the slug of the name. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateContributorType>, res: MedusaResponse) {
  const { result } = await createContributorWorkflow(req.scope).run({ input: req.validatedBody })
  const contributor = await refetchContributor(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ contributor })
}
