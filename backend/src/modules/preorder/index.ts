import { Module } from "@medusajs/framework/utils"
import { PREORDER_MODULE } from "./constants"
import PreorderModuleService from "./service"

export { PREORDER_MODULE }

/** Per-variant pre-order terms and the pre-order lines taken against them (ARCHITECTURE §5). */
export default Module(PREORDER_MODULE, {
  service: PreorderModuleService,
})
