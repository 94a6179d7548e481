import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One contributor with the requested fields, or 404 naming the id. */
export async function refetchContributor(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "contributor", fields, filters: { id } })
  const contributor = data[0]
  if (!contributor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No contributor with id "${id}"`)
  }
  return contributor
}
