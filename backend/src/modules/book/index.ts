import { Module } from "@medusajs/framework/utils"
import BookModuleService from "./service"

export const BOOK_MODULE = "book"

/** Contributors and book details (see ARCHITECTURE §4); linked to products in src/links. */
export default Module(BOOK_MODULE, {
  service: BookModuleService,
})
