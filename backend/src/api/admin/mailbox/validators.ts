import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { MAILBOX_ID_PATTERN } from "../../../lib/mail/mailbox"

export const AdminMailboxListParams = z.object({
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
  offset: z.coerce.number().int().min(0, "offset must not be negative").default(0),
})

export const AdminMailboxMessageParams = z.object({
  id: z.string().regex(MAILBOX_ID_PATTERN, "Not a mailbox message id (expected e.g. 20261122T063000123Z-0a1b2c3d)"),
})

/** Parse or answer 400 with the validator's message (nothing is read with bad input). */
export function parseOrBadRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  return parsed.data
}
