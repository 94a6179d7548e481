/**
 * Search and storefront upkeep of the import command. Per event, Medusa's search ingestion
 * re-reads a whole product for every product, variant, stock, book and credit event — most of
 * an import's time — and `medusa exec` may exit before the last events are handled. So the
 * command detaches that subscriber (and the per-event storefront revalidation) in its own
 * process, and afterwards hands the products it created or updated to the Search Module as
 * "product.updated" events, in batches, and waits: they are searchable when the command ends,
 * in a running shop too (the index lives in the same database or engine). The admin upload
 * runs in the server, where the subscribers stay as they are.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { REVALIDATING_EVENTS } from "../../lib/storefront-revalidation"
import { BOOK_INDEX_EVENTS } from "../../search/books/related-products"
import type { OnixImportSummary } from "../../workflows/import-onix/run-onix-import"

const BATCH = 200

type Ingesting = { ingest: (event: { name: string; data: { id: string[] } }) => Promise<unknown> }

/** Ids of the products the import wrote (unchanged works are already in the index). */
export const writtenProductIds = (summary: Pick<OnixImportSummary, "results">): string[] => [
  ...new Set(summary.results.filter((r) => r.action !== "unchanged" && r.product_id).map((r) => r.product_id)),
]

export async function syncSearchIndex(container: MedusaContainer, productIds: readonly string[]): Promise<number> {
  if (productIds.length === 0 || !container.hasRegistration(Modules.SEARCH)) return 0
  const search = container.resolve(Modules.SEARCH) as unknown as Ingesting
  for (let from = 0; from < productIds.length; from += BATCH) {
    await search.ingest({ name: "product.updated", data: { id: productIds.slice(from, from + BATCH) } })
  }
  return productIds.length
}

type Unsubscribing = { unsubscribe: (event: string, subscriber: () => void, context: { subscriberId: string }) => unknown }

/** Detaches, in this process only, the subscribers whose work the command does once at the end. */
export function detachPerEventSubscribers(container: MedusaContainer): void {
  const bus = container.resolve(Modules.EVENT_BUS) as unknown as Partial<Unsubscribing>
  if (typeof bus.unsubscribe !== "function") return
  const detach = (events: readonly string[], subscriberId: string) => {
    for (const event of events) bus.unsubscribe?.(event, () => undefined, { subscriberId })
  }
  detach(BOOK_INDEX_EVENTS, "search-ingestion")
  detach(REVALIDATING_EVENTS, "revalidate-storefront")
}
