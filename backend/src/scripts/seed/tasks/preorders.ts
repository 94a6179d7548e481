import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"
import { setPreorderTermsWorkflow } from "../../../workflows/preorder/set-preorder-terms"
import { handleFor } from "../product-input"
import { TITLES } from "../titles"
import type { SeedContext } from "./context"

type ProductRow = {
  handle: string
  book?: { publication_date?: string | Date | null } | null
  variants?: ({ id: string; manage_inventory: boolean } | null)[] | null
}

/**
 * Forthcoming titles (In Defence of Lenin) are pre-orderable: every stocked format gets open
 * pre-order terms released on the book's publication date (no cap). Formats that already
 * have terms are left as staff set them.
 */
export async function ensurePreorderTerms({ container, logger }: SeedContext): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const preorders = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const handles = TITLES.filter((t) => t.forthcomingWeeks !== undefined).map(handleFor)
  if (handles.length === 0) return
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "book.publication_date", "variants.id", "variants.manage_inventory"],
    filters: { handle: handles },
  })
  let created = 0
  for (const product of data as ProductRow[]) {
    const release = product.book?.publication_date ? new Date(product.book.publication_date) : null
    if (!release || release.getTime() <= Date.now()) continue
    const variants = (product.variants ?? []).flatMap((v) => (v?.manage_inventory ? [v] : []))
    const existing = new Set((await preorders.listPreorderTerms({ variant_id: variants.map((v) => v.id) })).map((t) => t.variant_id))
    for (const variant of variants.filter((v) => !existing.has(v.id))) {
      await setPreorderTermsWorkflow(container).run({ input: { variant_id: variant.id, release_date: release } })
      created++
    }
  }
  logger.info(`Pre-order terms: ${created} created.`)
}
