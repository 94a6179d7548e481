import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { IsbnDraft } from "./isbn-drafts"
import { draftViolations, hasEan, isbnViolations, type VariantIsbn } from "./isbn-rule"

type VariantRow = { id: string; title: string | null; ean: string | null; product?: { title: string | null } | null }
type Query = Omit<RemoteQueryFunction, symbol>

const FIELDS = ["id", "title", "ean", "product.title"]

const toVariantIsbn = (row: VariantRow): VariantIsbn => ({
  id: row.id,
  title: row.title,
  ean: row.ean,
  product_title: row.product?.title ?? null,
})

async function variants(query: Query, filters: Record<string, unknown>): Promise<VariantIsbn[]> {
  const { data } = await query.graph({ entity: "product_variant", fields: FIELDS, filters })
  return (data as VariantRow[]).map(toVariantIsbn)
}

/** Every variant already carrying one of the eans. */
async function holdersOf(query: Query, checked: readonly VariantIsbn[]): Promise<VariantIsbn[]> {
  const eans = [...new Set(checked.map((v) => v.ean).filter(hasEan))]
  return eans.length > 0 ? variants(query, { ean: eans }) : []
}

const fail = (violations: string[]): void => {
  if (violations.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, violations.join("; "))
}

/**
 * The hook side: applies the ISBN rule to variants already written (by id or by product) and
 * throws INVALID_DATA naming the first offending variant, failing the core workflow.
 */
export async function assertVariantIsbns(
  container: MedusaContainer,
  selector: { id: string[] } | { product_id: string[] }
): Promise<void> {
  if (("id" in selector ? selector.id : selector.product_id).length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const written = await variants(query, selector)
  fail(isbnViolations(written, await holdersOf(query, written)))
}

/** Drafts named for messages: titles from the request, else from the stored variant or product. */
async function nameDrafts(query: Query, drafts: readonly IsbnDraft[]): Promise<VariantIsbn[]> {
  const variantIds = drafts.filter((d) => d.id && (!d.title || !d.product_title)).map((d) => d.id as string)
  const productIds = drafts.filter((d) => d.product_id && !d.product_title).map((d) => d.product_id as string)
  const stored = new Map((variantIds.length ? await variants(query, { id: variantIds }) : []).map((v) => [v.id, v]))
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
    : { data: [] }
  const productTitles = new Map((products as { id: string; title: string }[]).map((p) => [p.id, p.title]))
  return drafts.map((d) => {
    const variant = d.id ? stored.get(d.id) : undefined
    return {
      id: d.id,
      ean: d.ean,
      title: d.title ?? variant?.title,
      product_title: d.product_title ?? variant?.product_title ?? (d.product_id ? productTitles.get(d.product_id) : undefined),
    }
  })
}

/**
 * The request side: refuses variants a request (or an import) is about to write, before anything
 * is written — invalid ISBN-13s, ISBNs another variant has, the same ISBN twice in one request.
 */
export async function assertIsbnDrafts(container: MedusaContainer, drafts: readonly IsbnDraft[]): Promise<void> {
  const withEan = drafts.filter((d) => hasEan(d.ean))
  if (withEan.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const named = await nameDrafts(query, withEan)
  fail(draftViolations(named, await holdersOf(query, named)))
}
