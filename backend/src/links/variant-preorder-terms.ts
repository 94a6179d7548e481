import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import PreorderModule from "../modules/preorder"

/**
 * A variant has at most one set of pre-order terms, read as `variant.preorder_terms`
 * (store: `fields=+variants.preorder_terms.*`). Read-only: the terms carry `variant_id`
 * themselves, so there is no link table to keep in step.
 */
export default defineLink(
  { linkable: ProductModule.linkable.productVariant, field: "id" },
  { ...PreorderModule.linkable.preorderTerms.id, primaryKey: "variant_id", isList: false },
  { readOnly: true }
)
