import { z } from "@medusajs/framework/zod"
import { BOOK_FORMATS, CONTRIBUTOR_ROLES, PUBLISHING_STATUSES } from "../../../../../modules/book/constants"

/** A value of a closed list, refused with a message naming the field and the allowed values. */
const oneOf = <T extends readonly string[]>(values: T, field: string) =>
  z.custom<T[number]>((value) => typeof value === "string" && values.includes(value), {
    message: `Field '${field}' must be one of: ${values.join(", ")}`,
  })

const publicationDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "Field 'details.publication_date' must be a date like 2024-01-21 (or an ISO date-time)",
  })
  .nullable()
  .transform((value): Date | null => (value === null ? null : new Date(value)))
  .optional()

export const AdminUpsertBookDetails = z.object({
  details: z
    .object({
      subtitle: z.string().nullish(),
      publication_date: publicationDate,
      publishing_status: oneOf(PUBLISHING_STATUSES, "details.publishing_status").optional(),
      language: z
        .string()
        .regex(/^[a-z]{3}$/, "Field 'details.language' must be an ISO 639-2 code of three lower-case letters, e.g. 'eng'")
        .optional(),
      edition: z.string().nullish(),
    })
    .strict()
    .default({}),
  /** In display order; replaces the book's contributors. */
  contributors: z.array(
    z.object({ contributor_id: z.string().min(1), role: oneOf(CONTRIBUTOR_ROLES, "contributors[].role") }).strict()
  ),
  formats: z
    .array(
      z
        .object({
          variant_id: z.string().min(1),
          format: oneOf(BOOK_FORMATS, "formats[].format"),
          pages: z.number().int().positive().nullish(),
        })
        .strict()
    )
    .optional(),
})

export type AdminUpsertBookDetailsType = z.infer<typeof AdminUpsertBookDetails>
