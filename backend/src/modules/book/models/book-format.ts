import { model } from "@medusajs/framework/utils"
import { BOOK_FORMATS } from "../constants"

/** The form of one product variant (paperback, hardback, ebook); linked one-to-one to the variant. */
export const BookFormat = model.define("book_format", {
  id: model.id({ prefix: "bfmt" }).primaryKey(),
  format: model.enum([...BOOK_FORMATS]),
  pages: model.number().nullable(),
})
