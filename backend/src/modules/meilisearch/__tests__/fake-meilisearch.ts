import { type IncomingMessage, type ServerResponse, createServer } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A FAKE Meilisearch: a loopback HTTP server (no Meilisearch binary can run here) that records the
 * requests the real `meilisearch` client sends and answers the way Meilisearch does: writes are
 * enqueued tasks (`taskUid`), `GET /tasks/:uid` reports "processing" once and then the outcome, a
 * missing index is a 404 `index_not_found`, and searches answer with whatever the test sets.
 */
export type RecordedRequest = {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  authorization?: string
}

type TaskError = { code: string; message: string }
type Task = { uid: number; indexUid: string | null; type: string; error?: TaskError; polls: number }
type SearchBody = Record<string, unknown>

export type FakeMeilisearch = {
  host: string
  requests: RecordedRequest[]
  /** Requests other than task polling. */
  calls(): RecordedRequest[]
  indexes: Map<string, { primaryKey?: string; documents: number }>
  /** The next enqueued task ends as failed with this error. */
  failNextTask(error: TaskError): void
  /** The next request (other than task polling) gets this answer instead. */
  replyNext(status: number, body: unknown, headers?: Record<string, string>): void
  /** What a search on an index answers (defaults to no hits). */
  onSearch(reply: (index: string, body: SearchBody) => Record<string, unknown>): void
  close(): Promise<void>
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = []
  const indexes = new Map<string, { primaryKey?: string; documents: number }>()
  const tasks = new Map<number, Task>()
  let nextUid = 0
  let nextFailure: TaskError | undefined
  let nextReply: { status: number; body: unknown; headers?: Record<string, string> } | undefined
  let searchReply = (_index: string, body: SearchBody): Record<string, unknown> => ({
    hits: [],
    query: body.q ?? "",
    processingTimeMs: 1,
    limit: body.limit,
    offset: body.offset,
    estimatedTotalHits: 0,
  })

  const enqueue = (indexUid: string | null, type: string, error?: TaskError): object => {
    const failure = nextFailure ?? error
    nextFailure = undefined
    const uid = nextUid++
    tasks.set(uid, { uid, indexUid, type, error: failure, polls: 0 })
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: new Date(0).toISOString() }
  }

  const route = (method: string, path: string, body: unknown): [number, unknown] => {
    const parts = path.split("/").filter(Boolean)
    const [root, uid, sub, action] = parts
    const notFound = (name: string): [number, unknown] => [
      404,
      { message: `Index \`${name}\` not found.`, code: "index_not_found", type: "invalid_request", link: "" },
    ]

    if (root === "tasks" && uid && method === "GET") {
      const task = tasks.get(Number(uid))
      if (!task) {
        return [404, { message: "Task not found.", code: "task_not_found", type: "invalid_request", link: "" }]
      }
      task.polls += 1
      const status = task.polls === 1 ? "processing" : task.error ? "failed" : "succeeded"
      return [
        200,
        {
          uid: task.uid,
          batchUid: task.uid,
          indexUid: task.indexUid,
          status,
          type: task.type,
          canceledBy: null,
          details: {},
          error: status === "failed" ? { ...task.error, type: "invalid_request", link: "" } : null,
          duration: null,
          enqueuedAt: new Date(0).toISOString(),
          startedAt: null,
          finishedAt: null,
        },
      ]
    }
    if (root === "stats" && method === "GET") {
      const stats = Object.fromEntries(
        [...indexes].map(([name, index]) => [name, { numberOfDocuments: index.documents, isIndexing: false }])
      )
      return [200, { databaseSize: 0, lastUpdate: null, indexes: stats }]
    }
    if (root === "multi-search" && method === "POST") {
      const queries = (body as { queries: (SearchBody & { indexUid: string })[] }).queries
      const missing = queries.find((query) => !indexes.has(query.indexUid))
      if (missing) {
        return notFound(missing.indexUid)
      }
      return [200, { results: queries.map((query) => ({ indexUid: query.indexUid, ...searchReply(query.indexUid, query) })) }]
    }
    if (root !== "indexes") {
      return [404, { message: "Not found", code: "not_found", type: "invalid_request", link: "" }]
    }
    if (!uid) {
      if (method === "POST") {
        const { uid: name, primaryKey } = body as { uid: string; primaryKey?: string }
        const created = enqueue(name, "indexCreation")
        indexes.set(name, { primaryKey, documents: 0 })
        return [202, created]
      }
      const list = [...indexes].map(([name, index]) => ({
        uid: name,
        primaryKey: index.primaryKey,
        createdAt: new Date(0).toISOString(),
        updatedAt: new Date(0).toISOString(),
      }))
      return [200, { results: list, offset: 0, limit: 20, total: list.length }]
    }

    const index = indexes.get(uid)
    if (!sub) {
      if (method === "GET") {
        return index
          ? [200, { uid, primaryKey: index.primaryKey, createdAt: new Date(0).toISOString(), updatedAt: new Date(0).toISOString() }]
          : notFound(uid)
      }
      if (method === "DELETE") {
        indexes.delete(uid)
        return [202, enqueue(uid, "indexDeletion", index ? undefined : { code: "index_not_found", message: `Index \`${uid}\` not found.` })]
      }
    }
    if (sub === "search" && method === "POST") {
      return index ? [200, searchReply(uid, body as SearchBody)] : notFound(uid)
    }
    if (sub === "settings" && method === "PATCH") {
      return [202, enqueue(uid, "settingsUpdate")]
    }
    if (sub === "documents") {
      if (method === "POST" && !action) {
        if (index) {
          index.documents += (body as unknown[]).length
        }
        return [202, enqueue(uid, "documentAdditionOrUpdate")]
      }
      return [202, enqueue(uid, "documentDeletion")]
    }
    return [404, { message: `No route for ${method} ${path}`, code: "not_found", type: "invalid_request", link: "" }]
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const text = Buffer.concat(chunks).toString("utf8")
      const body = text ? JSON.parse(text) : undefined
      const method = req.method ?? "GET"
      requests.push({
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: req.headers.authorization,
      })
      const scripted = url.pathname.startsWith("/tasks/") ? undefined : nextReply
      if (scripted) {
        nextReply = undefined
      }
      const [status, reply] = scripted ? [scripted.status, scripted.body] : route(method, url.pathname, body)
      res.writeHead(status, { "content-type": "application/json", ...scripted?.headers })
      res.end(JSON.stringify(reply))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    host: `http://127.0.0.1:${port}`,
    requests,
    calls: () => requests.filter((request) => !request.path.startsWith("/tasks/")),
    indexes,
    replyNext: (status, body, headers) => {
      nextReply = { status, body, headers }
    },
    failNextTask: (error) => {
      nextFailure = error
    },
    onSearch: (reply) => {
      searchReply = reply
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
