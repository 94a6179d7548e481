import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "../service"
import { type FakeMeilisearch, startFakeMeilisearch } from "./fake-meilisearch"
import { bookDefinition, providerQuery } from "./fixtures"

// Every test here runs the real `meilisearch` client against a FAKE server on 127.0.0.1 that
// records requests and answers like Meilisearch. No Meilisearch server runs here (see live.spec.ts
// for the test against a real one).
describe("Meilisearch provider (HTTP intercepted — no Meilisearch server)", () => {
  let fake: FakeMeilisearch
  let provider: MeilisearchSearchProvider
  const logger = { warn: jest.fn() } as unknown as Logger

  beforeEach(async () => {
    fake = await startFakeMeilisearch()
    provider = new MeilisearchSearchProvider(
      { logger },
      { host: fake.host, apiKey: "test-key", taskPollIntervalMs: 1 }
    )
  })

  afterEach(async () => {
    await fake.close()
  })

  const createIndex = async (): Promise<void> => {
    await provider.upsertIndex({ index: bookDefinition() })
    fake.requests.length = 0
  }

  it("refuses to start without a host", () => {
    expect(() => new MeilisearchSearchProvider({}, { host: "" })).toThrow(/needs a `host` option/)
  })

  it("creates the index with its primary key, then sends the settings, waiting for each task", async () => {
    const task = await provider.upsertIndex({ index: bookDefinition() })

    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/book_v1",
      "POST /indexes",
      "PATCH /indexes/book_v1/settings",
    ])
    const [, create, settings] = fake.calls()
    expect(create?.body).toEqual({ uid: "book_v1", primaryKey: "id" })
    expect(settings?.body).toMatchObject({
      searchableAttributes: ["title", "isbn", "subtitle", "contributors", "description", "variants.sku"],
      filterableAttributes: ["id", "contributors", "isbn", "format", "tags", "price", "_date_ms.published_at", "in_stock", "variants.sku"],
      sortableAttributes: ["price", "_date_ms.published_at", "handle"],
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      typoTolerance: { enabled: true, disableOnAttributes: ["isbn", "variants.sku"] },
      faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 10000 },
    })
    // Each write was polled until Meilisearch reported it done ("processing", then "succeeded").
    expect(fake.requests.filter(({ path }) => path.startsWith("/tasks/")).map(({ path }) => path)).toEqual([
      "/tasks/0",
      "/tasks/0",
      "/tasks/1",
      "/tasks/1",
    ])
    expect(task).toEqual({ id: "1", index: "book_v1", status: "succeeded" })
    expect(fake.requests.every(({ authorization }) => authorization === "Bearer test-key")).toBe(true)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("ignoring embedding"))
  })

  it("only updates the settings of an index that already exists", async () => {
    await createIndex()
    await provider.upsertIndex({ index: bookDefinition() })
    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/book_v1",
      "PATCH /indexes/book_v1/settings",
    ])
  })

  it("rebuilds an index whose primary key differs from the definition's", async () => {
    fake.indexes.set("book_v1", { primaryKey: "handle", documents: 0 })
    await provider.upsertIndex({ index: bookDefinition() })
    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/book_v1",
      "DELETE /indexes/book_v1",
      "POST /indexes",
      "PATCH /indexes/book_v1/settings",
    ])
  })

  it("upserts documents with their date copies and the primary key", async () => {
    await createIndex()
    const task = await provider.upsertDocuments({
      index: "book_v1",
      definition: bookDefinition(),
      documents: [{ id: "prod_1", title: "Their Morals and Ours", published_at: "1938-02-16T00:00:00.000Z" }],
    })
    const [add] = fake.calls()
    expect(add).toMatchObject({ method: "POST", path: "/indexes/book_v1/documents", query: { primaryKey: "id" } })
    expect(add?.body).toEqual([
      {
        id: "prod_1",
        title: "Their Morals and Ours",
        published_at: "1938-02-16T00:00:00.000Z",
        _date_ms: { published_at: -1005868800000 },
      },
    ])
    expect(task.status).toBe("succeeded")
  })

  it("deletes by id through the batch endpoint and anything else by a compiled filter", async () => {
    await createIndex()
    await provider.deleteDocuments({ index: "book_v1", filters: { id: ["prod_1", "prod_2"] } })
    await provider.deleteDocuments({ index: "book_v1", filters: { format: "ebook", price: { $lt: 5 } } })
    expect(fake.calls().map(({ method, path, body }) => [method, path, body])).toEqual([
      ["POST", "/indexes/book_v1/documents/delete-batch", ["prod_1", "prod_2"]],
      ["POST", "/indexes/book_v1/documents/delete", { filter: `format = "ebook" AND price < 5` }],
    ])
  })

  it("asks Meilisearch for the primary key of an index it has no definition for before deleting", async () => {
    fake.indexes.set("legacy_v3", { primaryKey: "handle", documents: 2 })
    await provider.deleteDocuments({ index: "legacy_v3", filters: { handle: { $in: ["capital"] } } })
    expect(fake.calls().map(({ method, path, body }) => [method, path, body])).toEqual([
      ["GET", "/indexes/legacy_v3", undefined],
      ["POST", "/indexes/legacy_v3/documents/delete-batch", ["capital"]],
    ])
  })

  it("clears and deletes indexes; deleting a missing index succeeds", async () => {
    await createIndex()
    await provider.clearIndex({ index: "book_v1" })
    await provider.deleteIndex({ index: "book_v1" })
    await expect(provider.deleteIndex({ index: "book_v0" })).resolves.toMatchObject({ status: "succeeded" })
    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual([
      "DELETE /indexes/book_v1/documents",
      "DELETE /indexes/book_v1",
      "DELETE /indexes/book_v0",
    ])
  })

  it("lists indexes with their document counts", async () => {
    fake.indexes.set("book_v1", { primaryKey: "id", documents: 42 })
    await expect(provider.listIndexes()).resolves.toEqual([
      {
        name: "book_v1",
        provider: "meilisearch",
        document_count: 42,
        created_at: new Date(0),
        updated_at: new Date(0),
      },
    ])
  })

  it("sends the search body with the compiled filter, sort, facets and pagination and reads the answer", async () => {
    await createIndex()
    fake.onSearch(() => ({
      hits: [{ id: "prod_7", title: "The History of the Russian Revolution", _rankingScore: 0.8 }],
      query: "trotksy",
      processingTimeMs: 2,
      limit: 10,
      offset: 10,
      estimatedTotalHits: 31,
      facetDistribution: { format: { paperback: 20, hardback: 11 } },
    }))

    const result = await provider.search(
      providerQuery({
        q: "trotksy",
        filters: { $or: [{ format: "paperback" }, { tags: { $in: ["history", "classics"] } }], in_stock: true },
        pagination: { skip: 10, take: 10, order: { price: "DESC" } },
        search_options: { facets: [{ field: "format", type: "value" }] },
      })
    )

    const [request] = fake.calls()
    expect(request).toMatchObject({ method: "POST", path: "/indexes/book_v1/search" })
    expect(request?.body).toEqual({
      q: "trotksy",
      offset: 10,
      limit: 10,
      attributesToRetrieve: ["id", "title"],
      filter: `(format = "paperback" OR tags IN ["history", "classics"]) AND in_stock = true`,
      sort: ["price:desc"],
      facets: ["format"],
      matchingStrategy: "all",
    })
    expect(result).toEqual({
      hits: [{ id: "prod_7", document: { id: "prod_7", title: "The History of the Russian Revolution" } }],
      facets: {
        format: { type: "value", values: [{ value: "paperback", count: 20 }, { value: "hardback", count: 11 }] },
      },
      metadata: { skip: 10, take: 10, count: 31, query: "trotksy", processing_time_ms: 2 },
    })
  })

  it("packs several queries into one multi-search request", async () => {
    await createIndex()
    const results = await provider.searchMany([
      providerQuery({ q: "lenin" }),
      providerQuery({ filters: { format: "ebook" }, pagination: { skip: 0, take: 0 }, search_options: { facets: ["format"], count: "none" } }),
    ])
    const [request] = fake.calls()
    expect(request).toMatchObject({ method: "POST", path: "/multi-search" })
    expect(request?.body).toEqual({
      queries: [
        { indexUid: "book_v1", q: "lenin", offset: 0, limit: 20, attributesToRetrieve: ["id", "title"], matchingStrategy: "all" },
        { indexUid: "book_v1", offset: 0, limit: 0, attributesToRetrieve: ["id", "title"], filter: `format = "ebook"`, facets: ["format"] },
      ],
    })
    expect(results.map((result) => result.metadata.count)).toEqual([0, null])
  })

  it("refuses a query Meilisearch cannot answer before sending anything", async () => {
    await createIndex()
    await expect(provider.search(providerQuery({ filters: { format: { $like: "%back" } } }))).rejects.toThrow(
      /Meilisearch cannot filter "format" by a LIKE pattern/
    )
    expect(fake.calls()).toEqual([])
  })

  describe("errors", () => {
    const caught = async (run: () => Promise<unknown>): Promise<MedusaError> => {
      try {
        await run()
      } catch (error) {
        return error as MedusaError
      }
      throw new Error("expected the call to fail")
    }

    it("a failed task becomes an error naming the index and Meilisearch's message", async () => {
      fake.failNextTask({
        code: "invalid_settings_ranking_rules",
        message: "`sorting` ranking rule is invalid.",
      })
      fake.indexes.set("book_v1", { primaryKey: "id", documents: 0 })
      const error = await caught(() => provider.upsertIndex({ index: bookDefinition() }))
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
      expect(error.message).toBe(
        'Meilisearch could not update the settings (index "book_v1"): `sorting` ranking rule is invalid. (invalid_settings_ranking_rules)'
      )
    })

    it("a write to a missing index is NOT_FOUND, so the Search Module re-resolves the active version", async () => {
      fake.failNextTask({ code: "index_not_found", message: "Index `book_v9` not found." })
      const error = await caught(() =>
        provider.upsertDocuments({ index: "book_v9", definition: bookDefinition(), documents: [{ id: "prod_1" }] })
      )
      expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
      expect(error.message).toMatch(/could not add 1 document\(s\) \(index "book_v9"\): Index `book_v9` not found/)
    })

    it("a search on a missing index is NOT_FOUND too", async () => {
      const error = await caught(() => provider.search(providerQuery({ q: "marx" })))
      expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
      expect(error.message).toMatch(/^Meilisearch could not search \(index "book_v1"\): Index `book_v1` not found/)
    })

    it("a rate limit keeps status 429 and Retry-After so seeding backs off", async () => {
      await createIndex()
      fake.replyNext(429, { message: "Too many requests", code: "too_many_requests", type: "system", link: "" }, { "retry-after": "3" })
      const error = await caught(() => provider.search(providerQuery({ q: "marx" })))
      expect(error).toMatchObject({ status: 429, retry_after: 3000 })
    })

    it("an unreachable server says which operation failed", async () => {
      await fake.close()
      const error = await caught(() => provider.search(providerQuery({ q: "marx" })))
      expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
      expect(error.message).toMatch(/^Meilisearch could not search \(index "book_v1"\): Request to .* has failed/)
      fake = await startFakeMeilisearch()
    })
  })

  it("waitForTask polls a pending task to its end and reports a failure", async () => {
    fake.indexes.set("book_v1", { primaryKey: "id", documents: 0 })
    const client = (provider as unknown as { client_: { index(uid: string): { deleteAllDocuments(): Promise<{ taskUid: number }> } } }).client_
    const pending = await client.index("book_v1").deleteAllDocuments()
    await expect(
      provider.waitForTask({ id: String(pending.taskUid), index: "book_v1", status: "enqueued" })
    ).resolves.toEqual({ id: String(pending.taskUid), index: "book_v1", status: "succeeded" })

    fake.failNextTask({ code: "internal", message: "disk full" })
    const failing = await client.index("book_v1").deleteAllDocuments()
    await expect(
      provider.waitForTask({ id: String(failing.taskUid), index: "book_v1", status: "enqueued" })
    ).rejects.toThrow(`Meilisearch could not apply task ${failing.taskUid} (index "book_v1"): disk full (internal)`)
  })
})
