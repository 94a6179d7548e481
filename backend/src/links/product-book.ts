import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BookModule from "../modules/book"

/**
 * A work (product) has at most one set of book details, read as `product.book`
 * (`fields=*book,*book.contributions,*book.contributions.contributor`). Deleting the
 * product deletes its book details.
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: BookModule.linkable.book,
  deleteCascade: true,
})
