import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { HANDLE_PATTERN } from "../../../lib/slug"

const handle = z
  .string()
  .regex(HANDLE_PATTERN, "Field 'handle' must be lower-case letters and digits joined by single hyphens, e.g. 'friedrich-engels'")
const name = z.string().trim().min(1, "Field 'name' must not be empty")
const photoUrl = z.url("Field 'photo_url' must be an absolute URL").nullish()

export const AdminGetContributorParams = createSelectParams()

export const AdminGetContributorsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    // Medusa's find params let a negative offset through to the database (a 500); refuse it here.
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    q: z.string().optional(),
    handle: z.union([z.string(), z.array(z.string())]).optional(),
  })
)

export const AdminCreateContributor = z.object({
  name,
  handle: handle.optional(),
  bio: z.string().nullish(),
  photo_url: photoUrl,
})

export const AdminUpdateContributor = z.object({
  name: name.optional(),
  handle: handle.optional(),
  bio: z.string().nullish(),
  photo_url: photoUrl,
})

export type AdminCreateContributorType = z.infer<typeof AdminCreateContributor>
export type AdminUpdateContributorType = z.infer<typeof AdminUpdateContributor>
