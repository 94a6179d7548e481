import { z } from "@medusajs/framework/zod"

const releaseDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "Field 'release_date' must be a date like 2027-01-21 (or an ISO date-time)",
  })
  .transform((value) => new Date(value))

/** POST /admin/variants/:id/preorder — open or change pre-orders. */
export const AdminSetPreorderTerms = z
  .object({
    release_date: releaseDate,
    cap: z
      .number({ error: "Field 'cap' must be a whole number above zero, or null for no cap" })
      .int({ error: "Field 'cap' must be a whole number above zero, or null for no cap" })
      .positive({ error: "Field 'cap' must be a whole number above zero, or null for no cap" })
      .nullable()
      .optional(),
  })
  .strict()
export type AdminSetPreorderTermsType = z.infer<typeof AdminSetPreorderTerms>

/** POST /admin/preorders/allocate — allocate now (all due titles, or the variants named). */
export const AdminAllocatePreorders = z
  .object({ variant_ids: z.array(z.string().min(1)).min(1).optional() })
  .strict()
export type AdminAllocatePreordersType = z.infer<typeof AdminAllocatePreorders>
