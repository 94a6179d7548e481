import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetContributorsParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    // Medusa's find params let a negative offset through to the database (a 500); refuse it here.
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    q: z.string().optional(),
  })
)

/** Contributor fields a storefront may read from the list. */
export const STORE_CONTRIBUTOR_LIST_FIELDS = ["id", "name", "handle", "bio", "photo_url"]
