import { Module } from "@medusajs/framework/utils"
import StockModuleService from "./service"

export const STOCK_MODULE = "stock"

/** Goods-in / adjustment audit trail and low-stock thresholds (stock itself stays in Medusa's Inventory Module). */
export default Module(STOCK_MODULE, { service: StockModuleService })
