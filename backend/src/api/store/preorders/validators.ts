import { z } from "@medusajs/framework/zod"

/** GET /store/preorders?order_id=… — the pre-order lines of one of the reader's orders. */
export const StoreListPreorders = z.object({
  order_id: z.string({ error: "Query 'order_id' is required" }).min(1, { error: "Query 'order_id' is required" }),
})
export type StoreListPreorders = z.infer<typeof StoreListPreorders>
