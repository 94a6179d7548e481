import { MedusaService } from "@medusajs/framework/utils"
import { StockMovement } from "./models/stock-movement"
import { StockThreshold } from "./models/stock-threshold"

/** Audit entries of staff stock movements and per-variant low-stock thresholds. */
export default class StockModuleService extends MedusaService({ StockMovement, StockThreshold }) {}
