import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_CONTRIBUTOR_FIELDS, toStoreContributor, type StoreContributorRow } from "../helpers"

/** GET /store/contributors/:handle — the author page: who they are and their books in this shop. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const handle = req.params.handle as string
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "contributor", fields: STORE_CONTRIBUTOR_FIELDS, filters: { handle } })
  const row = (data as StoreContributorRow[])[0]
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No author found with handle "${handle}"`)
  }
  res.json({ contributor: toStoreContributor(row, req.publishable_key_context.sales_channel_ids) })
}
