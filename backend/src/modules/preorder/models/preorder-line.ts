import { model } from "@medusajs/framework/utils"
import { LINE_STATUSES } from "../constants"

/**
 * One order line bought as a pre-order. `created_at` (then id) is the FIFO order for allocation;
 * the order line item id is unique, so recording an order twice records nothing twice.
 */
export const PreorderLine = model
  .define("preorder_line", {
    id: model.id({ prefix: "preline" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    status: model.enum([...LINE_STATUSES]).default("pending"),
    allocated_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
