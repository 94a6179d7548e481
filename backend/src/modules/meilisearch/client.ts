import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  EnqueuedTaskPromise,
  FacetDistribution,
  FacetStats,
  Hit,
  Meilisearch,
  MultiSearchQuery,
  SearchParams,
  SearchResponse,
  Settings,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }

export type {
  EnqueuedTaskPromise,
  FacetDistribution,
  FacetStats,
  Hit,
  Meilisearch,
  MultiSearchQuery,
  SearchParams,
  SearchResponse,
  Settings,
  Task,
}

type MeilisearchModule = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

let loaded: MeilisearchModule | undefined

/**
 * The official client ships only as an ES module, while this backend compiles to CommonJS. Node
 * (>= 20.19, which the client itself requires) can `require()` an ES module; loading it through
 * Node's own `require` rather than whichever one a runner substitutes (jest's cannot load ES
 * modules) keeps a single code path for `medusa develop`, `medusa start` and the tests.
 */
function loadMeilisearch(): MeilisearchModule {
  loaded ??= process
    .getBuiltinModule("node:module")
    .createRequire(__filename)("meilisearch") as MeilisearchModule
  return loaded
}

export function createClient(config: { host: string; apiKey?: string }): Meilisearch {
  const { Meilisearch } = loadMeilisearch()
  return new Meilisearch({ host: config.host, apiKey: config.apiKey })
}

export type TaskWait = { timeout: number; interval: number }

/**
 * Waits for a write to be applied. A task that fails or is canceled becomes an error naming the
 * index and carrying Meilisearch's own message, so `await` on a write means "it is in the index".
 */
export async function settleTask(
  client: Meilisearch,
  write: EnqueuedTaskPromise,
  context: { index: string; action: string },
  wait: TaskWait
): Promise<SearchTypes.SearchTask> {
  const enqueued = await write.catch((error: unknown) => {
    throw toMedusaError(error, context)
  })
  const task = await client.tasks
    .waitForTask(enqueued.taskUid, wait)
    .catch((error: unknown) => {
      throw toMedusaError(error, context)
    })
  assertSucceeded(task, context)
  return toSearchTask(task, context.index)
}

/** Waits for a task by id (see the provider's `waitForTask`). */
export async function waitForTaskId(
  client: Meilisearch,
  id: string,
  index: string,
  wait: TaskWait
): Promise<SearchTypes.SearchTask> {
  const task = await client.tasks.waitForTask(Number(id), wait).catch((error: unknown) => {
    throw toMedusaError(error, { index, action: `wait for task ${id}` })
  })
  assertSucceeded(task, { index, action: `apply task ${id}` })
  return toSearchTask(task, index)
}

/** Every index with its document count (GET /indexes, paged, and GET /stats). */
export async function readIndexes(
  client: Meilisearch
): Promise<Omit<SearchTypes.SearchIndexInfo, "provider">[]> {
  const page = 100
  try {
    const stats = await client.getStats()
    const indexes: { uid: string; createdAt: string; updatedAt: string }[] = []
    for (let offset = 0; ; offset += page) {
      const { results, total } = await client.getRawIndexes({ offset, limit: page })
      indexes.push(...results)
      if (results.length < page || indexes.length >= total) {
        break
      }
    }
    return indexes.map((index) => ({
      name: index.uid,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  } catch (error) {
    throw toMedusaError(error, { action: "list the indexes" })
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND
}

export function toSearchTask(task: Task, index: string): SearchTypes.SearchTask {
  const status =
    task.status === "succeeded" || task.status === "failed"
      ? task.status
      : task.status === "canceled"
        ? "failed"
        : task.status
  return {
    id: String(task.uid),
    index: task.indexUid ?? index,
    status,
    ...(task.error
      ? { error: { message: task.error.message, code: task.error.code } }
      : task.status === "canceled"
        ? { error: { message: "the task was canceled" } }
        : {}),
  }
}

/** Throws for a task that did not succeed, naming the index and Meilisearch's message. */
export function assertSucceeded(task: Task, context: { index: string; action: string }): void {
  if (task.status === "succeeded") {
    return
  }
  const reason = task.error
    ? `${task.error.message} (${task.error.code})`
    : `the task ended as "${task.status}"`
  const type =
    task.error?.code === "index_not_found"
      ? MedusaError.Types.NOT_FOUND
      : MedusaError.Types.UNEXPECTED_STATE
  throw new MedusaError(
    type,
    `Meilisearch could not ${context.action} (index "${context.index}"): ${reason}`
  )
}

type ApiErrorShape = {
  name?: string
  message?: string
  cause?: { code?: string; message?: string } | unknown
  response?: { status?: number; headers?: { get?: (name: string) => string | null } }
}

/**
 * Turns a client error into a MedusaError: a missing index is NOT_FOUND (the Search Module then
 * re-resolves the active index version and retries), a rate limit keeps `status: 429` so the
 * module's seeding backs off, and an unreachable server says so.
 */
export function toMedusaError(
  error: unknown,
  context: { index?: string; action: string }
): Error {
  if (error instanceof MedusaError) {
    return error
  }
  const shape = (error ?? {}) as ApiErrorShape
  const where = context.index ? ` (index "${context.index}")` : ""

  if (shape.name === "MeilisearchApiError") {
    const body = (shape.cause ?? {}) as { code?: string; message?: string }
    const status = shape.response?.status
    const type =
      body.code === "index_not_found" || status === 404
        ? MedusaError.Types.NOT_FOUND
        : status !== undefined && status >= 400 && status < 500
          ? MedusaError.Types.INVALID_DATA
          : MedusaError.Types.UNEXPECTED_STATE
    const reason = body.code ? `${body.message ?? shape.message} (${body.code})` : shape.message
    const wrapped = new MedusaError(
      type,
      `Meilisearch could not ${context.action}${where}: ${reason}`
    )
    if (status === 429) {
      const retryAfter = Number(shape.response?.headers?.get?.("retry-after"))
      Object.assign(wrapped, {
        status,
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retry_after: retryAfter * 1000 } : {}),
      })
    }
    return wrapped
  }

  if (shape.name === "MeilisearchRequestError" || shape.name === "MeilisearchTaskTimeOutError") {
    const cause = (shape.cause as { message?: string } | undefined)?.message
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Meilisearch could not ${context.action}${where}: ${shape.message}${cause ? ` (${cause})` : ""}`
    )
  }

  return error instanceof Error ? error : new Error(String(error))
}
