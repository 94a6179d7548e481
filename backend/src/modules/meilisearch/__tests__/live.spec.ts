import { MeilisearchSearchProvider } from "../service"
import { bookDefinition, providerQuery } from "./fixtures"

/**
 * LIVE test against a real Meilisearch server. It runs only when MEILISEARCH_HOST is set
 * (MEILISEARCH_API_KEY too if the server has a master key); otherwise jest.config.js leaves
 * this file out of the run. Run it with:
 *
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 TEST_TYPE=integration:modules \
 *     npx jest src/modules/meilisearch/__tests__/live.spec.ts
 *
 * The HTTP-intercepted unit tests (service.unit.spec.ts) cover the requests themselves.
 */
// jest.config.js leaves this file out unless MEILISEARCH_HOST is set.
if (!process.env.MEILISEARCH_HOST) throw new Error("The live Meilisearch tests need MEILISEARCH_HOST.")
const describeLive = describe

describeLive("Meilisearch provider against a live server (MEILISEARCH_HOST)", () => {
  const physical = `wellred_live_${Date.now()}_v1`
  const definition = bookDefinition({ physical_name: physical })
  let provider: MeilisearchSearchProvider
  const query = (overrides: Parameters<typeof providerQuery>[0]) =>
    providerQuery({ index: definition, ...overrides })

  beforeAll(async () => {
    provider = new MeilisearchSearchProvider(
      {},
      { host: process.env.MEILISEARCH_HOST ?? "", apiKey: process.env.MEILISEARCH_API_KEY }
    )
    await provider.upsertIndex({ index: definition })
    await provider.upsertDocuments({
      index: physical,
      definition,
      documents: [
        { id: "prod_1", title: "The Revolution Betrayed", contributors: ["Leon Trotsky"], isbn: "9780486433981", format: "paperback", price: 12.99, published_at: "1937-01-01T00:00:00.000Z" },
        { id: "prod_2", title: "The State and Revolution", contributors: ["V. I. Lenin"], isbn: "9780141184357", format: "paperback", price: 9.99, published_at: "1917-09-01T00:00:00.000Z" },
        { id: "prod_3", title: "Reform or Revolution", contributors: ["Rosa Luxemburg"], isbn: "9780873487774", format: "ebook", price: 4.99, published_at: "1900-01-01T00:00:00.000Z" },
      ],
    })
  }, 60_000)

  afterAll(async () => {
    await provider?.deleteIndex({ index: physical })
  })

  it("tolerates a typo in a name: trotksy finds Trotsky", async () => {
    const result = await provider.search(query({ q: "trotksy" }))
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_1"])
  })

  it("matches an ISBN exactly, with no typo tolerance", async () => {
    const exact = await provider.search(query({ q: "9780141184357" }))
    expect(exact.hits.map((hit) => hit.id)).toEqual(["prod_2"])
    const offByOne = await provider.search(query({ q: "9780141184358" }))
    expect(offByOne.hits).toEqual([])
  })

  it("filters, sorts, counts facets and compares dates", async () => {
    const result = await provider.search(
      query({
        filters: { format: "paperback", published_at: { $gte: new Date("1910-01-01") } },
        pagination: { skip: 0, take: 10, order: { price: "ASC" } },
        search_options: { facets: ["format", { field: "price", type: "stats" }] },
      })
    )
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_2", "prod_1"])
    expect(result.facets?.format).toEqual({ type: "value", values: [{ value: "paperback", count: 2 }] })
    expect(result.facets?.price).toMatchObject({ type: "stats", min: 9.99, max: 12.99, count: 2 })
  })

  it("deletes by id", async () => {
    await provider.deleteDocuments({ index: physical, filters: { id: ["prod_3"] } })
    const result = await provider.search(query({ q: "luxemburg" }))
    expect(result.hits).toEqual([])
  })
})
