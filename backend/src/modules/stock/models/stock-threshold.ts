import { model } from "@medusajs/framework/utils"

/** The low-stock threshold of a variant (variants without one use the default of 5). */
export const StockThreshold = model
  .define("stock_threshold", {
    id: model.id({ prefix: "stthr" }).primaryKey(),
    variant_id: model.text(),
    threshold: model.number(),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
