import { Modules } from "@medusajs/framework/utils"
import { BOOKS_INDEX } from "../../../search/books/index-name"
import type { SeedContext } from "./context"

/**
 * On a fresh database the books index has no active version until the server first starts,
 * so every product the seed writes would fail to sync (hundreds of error lines). Building
 * the (still empty) index first gives the sync a version to write into.
 */
export async function ensureSearchIndexActive({ container, logger }: SeedContext): Promise<void> {
  const search = container.resolve(Modules.SEARCH)
  const { metadata } = await search
    .search({ entity: BOOKS_INDEX, pagination: { take: 0 } })
    .catch(() => ({ metadata: undefined }))
  if (metadata) return
  await search.reindex({ index: BOOKS_INDEX })
  logger.info(`Search index "${BOOKS_INDEX}" created`)
}
