/**
 * Rebuilds the books search index: `medusa exec ./src/scripts/search-reindex.ts` (from
 * backend/), normally through `npm run search:reindex`, which finds the database and draws
 * the progress bar from the `search-reindex:` lines this prints.
 *
 * Uses the Search Module's versioned reindex (strategy "swap"): a new version of the index is
 * seeded while the current one keeps serving searches, then becomes the one searches read.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOOKS_INDEX } from "../search/books/index-name"
import { onSeedRows } from "../search/books/seed-progress"

/** Prefix of the machine-readable lines (one JSON object each) the root script reads. */
export const PROGRESS_PREFIX = "search-reindex:"

export type ReindexReport =
  | { type: "start"; index: string; total: number }
  | { type: "progress"; index: string; done: number; total: number }
  | { type: "done"; index: string; provider: string; status: string; documents: number | null; products: number; ms: number }

const report = (line: ReindexReport) => process.stdout.write(`${PROGRESS_PREFIX}${JSON.stringify(line)}\n`)

export default async function searchReindex({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const searchModule = container.resolve(Modules.SEARCH)

  // Every product is read (the index keeps the published ones), so that is the bar's length.
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0
  report({ type: "start", index: BOOKS_INDEX, total })

  let done = 0
  const stopListening = onSeedRows((rows) => {
    done = Math.min(total, done + rows)
    report({ type: "progress", index: BOOKS_INDEX, done, total })
  })
  const started = Date.now()
  try {
    await searchModule.reindex({ index: BOOKS_INDEX })
  } finally {
    stopListening()
  }

  const info = (await searchModule.listIndexes()).find((index) => index.name === BOOKS_INDEX)
  const { metadata: indexed } = await searchModule.search({ entity: BOOKS_INDEX, pagination: { take: 0 } })
  const summary: ReindexReport = {
    type: "done",
    index: BOOKS_INDEX,
    provider: info?.provider ?? "unknown",
    status: info?.status ?? "unknown",
    documents: indexed.count,
    products: total,
    ms: Date.now() - started,
  }
  report(summary)
  logger.info(
    `Search index "${BOOKS_INDEX}" rebuilt on ${summary.provider}: ${summary.documents ?? "?"} books from ${total} products in ${(summary.ms / 1000).toFixed(1)} s.`
  )
}
