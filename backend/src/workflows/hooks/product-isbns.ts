/**
 * The ISBN rule on every core path that writes variants: products created or updated (admin,
 * CSV import, seed, ONIX import) and variants created or updated (admin, batch routes).
 *
 * These hooks run after the write; throwing fails the workflow, which compensates it. That rolls
 * back createProducts, createProductVariants and updateProductVariants completely (tested), but
 * NOT updateProducts when the update carries `variants`: its compensation does not restore them
 * (observed on 2.21.2: the invalid ean stayed). So the rule is also checked before the write —
 * by an admin middleware (src/api/middlewares.ts) and, for code that writes products itself
 * (imports), by calling `assertIsbnDrafts` first (./assert-variant-isbns.ts).
 * Medusa allows one handler per hook: other code must not register these four hooks again.
 */
import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertVariantIsbns } from "./assert-variant-isbns"

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertVariantIsbns(container, { product_id: products.map((p) => p.id) })
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertVariantIsbns(container, { product_id: products.map((p) => p.id) })
})

createProductVariantsWorkflow.hooks.productVariantsCreated(async ({ product_variants }, { container }) => {
  await assertVariantIsbns(container, { id: product_variants.map((v) => v.id) })
})

updateProductVariantsWorkflow.hooks.productVariantsUpdated(async ({ product_variants }, { container }) => {
  await assertVariantIsbns(container, { id: product_variants.map((v) => v.id) })
})
