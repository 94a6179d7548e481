import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BookModule from "../modules/book"

/**
 * A format (variant) has at most one book_format (paperback/hardback/ebook, pages), read as
 * `variant.book_format` (`fields=*variants.book_format`). Deleting the variant deletes it.
 */
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: BookModule.linkable.bookFormat,
  deleteCascade: true,
})
