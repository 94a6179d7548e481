import { z } from "@medusajs/framework/zod"

export const StoreCampaignTouch = z
  .object({
    cart_id: z.string({ error: "Field 'cart_id' is required" }).min(1, "Field 'cart_id' is required"),
    book_handle: z.string().min(1).max(200).optional(),
  })
  .strict()

export type StoreCampaignTouchType = z.infer<typeof StoreCampaignTouch>
