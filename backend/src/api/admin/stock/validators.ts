import { z } from "@medusajs/framework/zod"

const wholeNumber = (field: string) => z.number({ error: `Field '${field}' must be a whole number` }).int({ error: `Field '${field}' must be a whole number` })

/** POST /admin/variants/:id/stock — goods-in (quantity > 0 with reference) or adjustment (± with reason). */
export const AdminChangeStock = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("goods_in"),
      location_id: z.string().min(1, { error: "Field 'location_id' is required" }),
      quantity: wholeNumber("quantity"),
      reference: z.string({ error: "Field 'reference' is required for goods-in" }),
    }).strict(),
    z.object({
      kind: z.literal("adjustment"),
      location_id: z.string().min(1, { error: "Field 'location_id' is required" }),
      quantity: wholeNumber("quantity"),
      reason: z.string({ error: "Field 'reason' is required for an adjustment" }),
    }).strict(),
  ],
  { error: "Field 'kind' must be goods_in or adjustment" }
)
export type AdminChangeStockType = z.infer<typeof AdminChangeStock>

/** POST /admin/variants/:id/stock/threshold */
export const AdminSetThreshold = z.object({ threshold: wholeNumber("threshold").min(0, { error: "Field 'threshold' must be zero or more" }) }).strict()
export type AdminSetThresholdType = z.infer<typeof AdminSetThreshold>
