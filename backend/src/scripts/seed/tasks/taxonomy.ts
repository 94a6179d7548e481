import {
  batchLinkProductsToCategoryWorkflow,
  batchLinkProductsToCollectionWorkflow,
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { missingBy, missingMemberships, progressLine } from "../plan"
import { handleFor } from "../product-input"
import { SERIES, SUBJECTS } from "../taxonomy"
import { TITLES } from "../titles"
import type { SeedContext } from "./context"

type ProductGroups = { id: string; handle: string; collection_id: string | null; categories?: ({ id: string } | null)[] | null }

/** The series as product collections, by handle; returns handle → collection id. */
export async function ensureSeries({ container, logger }: SeedContext): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = SERIES.map((s) => s.handle)
  const existing = await products.listProductCollections({ handle: handles }, { select: ["id", "handle"] })
  const missing = missingBy(SERIES, existing.map((c) => c.handle), (s) => s.handle)
  let created: { id: string; handle: string }[] = []
  if (missing.length > 0) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: missing.map((s) => ({
          title: s.title,
          handle: s.handle,
          metadata: { demo: true, description: s.description },
        })),
      },
    })
    created = result
  }
  logger.info(progressLine("Series (collections)", SERIES.length, missing.length))
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

/** The subjects as active, public product categories with their Thema codes; handle → id. */
export async function ensureSubjects({ container, logger }: SeedContext): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = SUBJECTS.map((s) => s.handle)
  const existing = await products.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const missing = missingBy(SUBJECTS, existing.map((c) => c.handle), (s) => s.handle)
  let created: { id: string; handle: string }[] = []
  if (missing.length > 0) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map(({ handle, name, description, ...codes }) => ({
          name,
          handle,
          description,
          is_active: true,
          is_internal: false,
          metadata: { demo: true, ...codes },
        })),
      },
    })
    created = result
  }
  logger.info(progressLine("Subjects (categories)", SUBJECTS.length, missing.length))
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

function groupId(ids: ReadonlyMap<string, string>, handle: string): string {
  const id = ids.get(handle)
  if (!id) throw new Error(`The seed cannot find the collection or category "${handle}".`)
  return id
}

/**
 * Puts each title in its series and subjects. Only missing memberships are added: a title that
 * staff moved to another collection stays there, and nothing is ever removed.
 */
export async function ensureTitleGroups(
  { container, logger }: SeedContext,
  seriesIds: ReadonlyMap<string, string>,
  subjectIds: ReadonlyMap<string, string>
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "collection_id", "categories.id"],
    filters: { handle: TITLES.map(handleFor) },
  })
  const rows = data as ProductGroups[]
  const products = new Map(rows.map((p) => [p.handle, p]))
  const byId = new Map(rows.map((p) => [p.id, p]))
  const product = (handle: string) => {
    const found = products.get(handle)
    if (!found) throw new Error(`Product "${handle}" is missing; ensureProducts runs first.`)
    return found
  }

  const collections = missingMemberships(
    TITLES.flatMap((t) => (t.series ? [{ groupId: groupId(seriesIds, t.series), productId: product(handleFor(t)).id }] : [])),
    // A product has one collection: any collection counts as "placed".
    (_, productId) => !!byId.get(productId)?.collection_id
  )
  for (const [id, add] of collections) {
    await batchLinkProductsToCollectionWorkflow(container).run({ input: { id, add } })
  }

  const categories = missingMemberships(
    TITLES.flatMap((t) => t.subjects.map((s) => ({ groupId: groupId(subjectIds, s), productId: product(handleFor(t)).id }))),
    (categoryId, productId) => !!byId.get(productId)?.categories?.some((c) => c?.id === categoryId)
  )
  for (const [id, add] of categories) {
    await batchLinkProductsToCategoryWorkflow(container).run({ input: { id, add } })
  }

  const count = (m: Map<string, string[]>) => [...m.values()].reduce((n, ids) => n + ids.length, 0)
  logger.info(progressLine("Titles in series", TITLES.filter((t) => t.series).length, count(collections), "added"))
  logger.info(progressLine("Subject assignments", TITLES.flatMap((t) => t.subjects).length, count(categories), "added"))
}
