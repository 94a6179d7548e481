import { model } from "@medusajs/framework/utils"

/**
 * One stock movement made by staff, kept as an audit entry: goods-in (with a reference such as
 * a delivery note) or an adjustment (with a reason). Who (`actor_id`, the admin user), when
 * (`created_at`), what (variant, location, signed quantity) and why (reference / reason).
 */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "stmv" }).primaryKey(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    kind: model.enum(["goods_in", "adjustment"]),
    quantity: model.number(),
    reference: model.text().nullable(),
    reason: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["variant_id", "created_at"], where: "deleted_at IS NULL" }])
