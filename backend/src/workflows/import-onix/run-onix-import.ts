/**
 * The whole ONIX import as the CLI and the admin upload run it: parse (a malformed file throws
 * OnixParseError and nothing is written), report rejected records, group into works, then per
 * chunk of works: read the shop in a few batched queries and plan every work (unchanged works
 * and conflicts are settled here: they write nothing), create new works in batches with
 * import-onix-new-works (a failed batch is rolled back and retried work by work), and run
 * import-onix-work for each other work, a few at a time. Each work is written whole or not at all.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { groupIntoWorks, parseOnix, type OnixRecord, type OnixWork } from "../../lib/onix"
import { importOnixNewWorksWorkflow } from "./import-onix-new-works"
import { importOnixWorkWorkflow } from "./import-onix-work"
import { planWorkImport } from "./plan-work-import"
import { readShopStates } from "./read-shop-state"
import { readImportContext } from "./import-context"
import type { ImportOnixWorkResult } from "./types"

export type OnixImportFailure = {
  record_references: string[]
  isbns: string[]
  title?: string
  /** "rejected": the record is invalid; "failed": the work's import failed and was rolled back. */
  kind: "rejected" | "failed"
  reason: string
}

export type OnixImportResult = {
  action: "created" | "updated" | "unchanged"
  product_id: string
  handle: string
  title: string
  isbns: string[]
  changes: string[]
}

export type OnixImportSummary = {
  created: number
  updated: number
  unchanged: number
  /** Failed works plus rejected records. */
  failed: number
  works: number
  records: { total: number; rejected: number }
  failures: OnixImportFailure[]
  warnings: string[]
  results: OnixImportResult[]
  duration_ms: number
}

export type OnixImportOptions = {
  concurrency?: number
  onStart?: (works: number) => void
  onProgress?: (done: number, works: number) => void
}

/** Works planned together from one set of batched reads. */
const PLAN_CHUNK = 200
/** New works are created in batches of this size once a chunk has at least BATCH_MIN of them. */
const BATCH_SIZE = 25
const BATCH_MIN = 8

const chunksOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Workflow runs reject with Errors or with plain `{ message }` objects. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message
  }
  return JSON.stringify(error) ?? String(error)
}

function recordWarnings(records: readonly OnixRecord[], works: readonly OnixWork[]): string[] {
  return [
    ...records.flatMap((r) => r.warnings.map((w) => `${r.recordReference}: ${w}`)),
    ...works.flatMap((w) => w.warnings.map((message) => `${w.formats[0]?.recordReference ?? w.handle}: ${message}`)),
  ]
}

/** Runs `task` on every item, at most `limit` at a time, in order of start. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await task(item)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}

export async function runOnixImport(container: MedusaContainer, xml: string, options: OnixImportOptions = {}): Promise<OnixImportSummary> {
  const started = Date.now()
  const parsed = parseOnix(xml)
  const valid = parsed.records.flatMap((r) => (r.ok ? [r.value] : []))
  const works = groupIntoWorks(valid)
  const context = await readImportContext(container)

  const summary: OnixImportSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    works: works.length,
    records: { total: parsed.records.length, rejected: 0 },
    failures: [],
    warnings: recordWarnings(valid, works),
    results: [],
    duration_ms: 0,
  }
  for (const record of parsed.records) {
    if (record.ok) continue
    summary.records.rejected++
    summary.failed++
    summary.failures.push({
      record_references: [record.recordReference],
      isbns: record.isbn13 ? [record.isbn13] : [],
      kind: "rejected",
      reason: record.reasons.join("; "),
    })
  }

  options.onStart?.(works.length)
  let done = 0
  const finish = () => options.onProgress?.(++done, works.length)
  const fail = (work: OnixWork, reason: string) => {
    summary.failed++
    summary.failures.push({
      record_references: work.formats.map((f) => f.recordReference),
      isbns: work.formats.map((f) => f.isbn13),
      title: work.title,
      kind: "failed",
      reason,
    })
  }
  const record = (work: OnixWork, result: ImportOnixWorkResult) => {
    summary[result.action]++
    summary.warnings.push(...result.warnings)
    const isbns = work.formats.map((f) => f.isbn13)
    summary.results.push({ action: result.action, product_id: result.product_id, handle: result.handle, title: work.title, isbns, changes: result.changes })
  }

  // Plan a chunk of works from a few batched reads: unchanged works and conflicts are settled
  // without a workflow (they write nothing); the others run the workflow, which reads again.
  // A product is one work: a second work of the file that lands on the same product fails
  // (the file splits what the shop holds as one product), so no two workflows share a product.
  const claimed = new Map<string, OnixWork>()
  for (let from = 0; from < works.length; from += PLAN_CHUNK) {
    const chunk = works.slice(from, from + PLAN_CHUNK)
    const states = await readShopStates(container, chunk, context.currency_codes)
    const creates: OnixWork[] = []
    const others: OnixWork[] = []
    chunk.forEach((work, i) => {
      const plan = planWorkImport(work, states[i] ?? { products: [], handle_taken: false, currency_codes: context.currency_codes })
      const productId = plan.action === "update" || plan.action === "unchanged" ? plan.product_id : undefined
      const owner = productId ? claimed.get(productId) : undefined
      if (productId && owner) {
        const records = owner.formats.map((f) => f.recordReference).join(", ")
        fail(work, `the shop holds its ISBNs in one product with those of records ${records} ("${owner.title}"), which this file sends as another work; link them (RelatedProduct 06) or give them the same title and contributors`)
        finish()
        return
      }
      if (productId) claimed.set(productId, work)
      if (plan.action === "unchanged") {
        record(work, { action: "unchanged", product_id: plan.product_id, handle: plan.handle, changes: [], warnings: plan.warnings })
        finish()
      } else if (plan.action === "conflict") {
        summary.warnings.push(...plan.warnings)
        fail(work, plan.reasons.join("; "))
        finish()
      } else {
        ;(plan.action === "create" ? creates : others).push(work)
      }
    })

    const importOne = async (work: OnixWork) => {
      try {
        const { result } = await importOnixWorkWorkflow(container).run({ input: { work, ...context } })
        record(work, result)
      } catch (error) {
        fail(work, messageOf(error))
      }
      finish()
    }
    // Many new works: one workflow per batch (far fewer core calls); a batch that fails is
    // rolled back whole and its works are imported one by one, each whole or not at all.
    const batches = creates.length >= BATCH_MIN ? chunksOf(creates, BATCH_SIZE) : []
    const singles = creates.length >= BATCH_MIN ? others : [...creates, ...others]
    await eachLimited(batches, 1, async (batch) => {
      try {
        const { result } = await importOnixNewWorksWorkflow(container).run({ input: { works: batch, ...context } })
        batch.forEach((work, i) => {
          const created = result[i]
          if (created) record(work, created)
          else fail(work, "the batch import returned no product for this work")
          finish()
        })
      } catch {
        await eachLimited(batch, options.concurrency ?? 4, importOne)
      }
    })
    await eachLimited(singles, options.concurrency ?? 4, importOne)
  }
  summary.duration_ms = Date.now() - started
  return summary
}
