import { model } from "@medusajs/framework/utils"
import { TERMS_STATUSES } from "../constants"

/**
 * Pre-order terms of one variant (linked to the product variant in src/links). `claimed_quantity`
 * is what checkouts have taken against the cap; it is written only under the variant's stock lock
 * (see workflows/hooks/complete-cart-stock.ts), so concurrent checkouts never exceed the cap.
 */
export const PreorderTerms = model
  .define("preorder_terms", {
    id: model.id({ prefix: "preterm" }).primaryKey(),
    variant_id: model.text(),
    release_date: model.dateTime(),
    status: model.enum([...TERMS_STATUSES]).default("open"),
    cap: model.number().nullable(),
    claimed_quantity: model.number().default(0),
    /** allow_backorder of the variant before pre-orders opened, restored when they close. */
    previous_allow_backorder: model.boolean().default(false),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
