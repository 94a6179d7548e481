/**
 * The workflows' product events reach the Search Module's subscriber asynchronously, and
 * `medusa exec` exits as soon as the script returns, so the last works' events can be dropped
 * (with Redis they go to the worker; without it, to this short-lived process). After the
 * import, the products it created or updated are therefore handed to the module once more as
 * "product.updated" events, in batches, and awaited: they are searchable when the command
 * ends, in a running shop too (the index lives in the same database or engine).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
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
