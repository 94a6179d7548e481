/**
 * What a reader notices about book search, written once and run against every search
 * provider (http/search-postgres.spec.ts always, http/search-meilisearch.spec.ts when a
 * Meilisearch server is configured). Expectations are looked up in the database, never
 * hard-coded, so the suite keeps up with the demo catalogue.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PREORDER_MODULE } from "../../src/modules/preorder"
import type PreorderModuleService from "../../src/modules/preorder/service"
import seed from "../../src/scripts/seed"
import { sortableTitle } from "../../src/search/books/document"
import {
  contributorNames,
  createHiddenBooks,
  DRAFT_WORD,
  formatsOf,
  lowestPrice,
  OTHER_CHANNEL_WORD,
  readerCatalogue,
  type CatalogueBook,
  type SuiteBooks,
} from "./catalogue"
import { bookSyncBehaviour } from "./books-sync-behaviour"
import { eventually, FACET_FIELDS, searchClient, type BookResult, type HttpApi } from "./search-client"

export type BehaviourContext = { api: HttpApi; getContainer: () => MedusaContainer }

const ids = (result: BookResult) => result.hits.map((hit) => hit.id)
const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)]
const hyphenated = (isbn: string) =>
  [isbn.slice(0, 3), isbn.slice(3, 4), isbn.slice(4, 9), isbn.slice(9, 12), isbn.slice(12)].join("-")

/** Every facet count equals the number of returned hits holding that value (all hits returned). */
function expectFacetsToCountHits(result: BookResult) {
  expect(result.metadata.count).toBe(result.hits.length)
  for (const field of FACET_FIELDS) {
    const facet = result.facets?.[field]
    expect({ field, type: facet?.type }).toEqual({ field, type: "value" })
    const counted = Object.fromEntries((facet?.values ?? []).map(({ value, count }) => [value, count]))
    const onHits: Record<string, number> = {}
    for (const hit of result.hits) {
      for (const value of new Set(listOf(hit.document[field]))) onHits[value] = (onHits[value] ?? 0) + 1
    }
    expect({ field, counts: counted }).toEqual({ field, counts: onHits })
  }
}

export function bookSearchBehaviour({ api, getContainer }: BehaviourContext): void {
  let publishableKey = ""
  let catalogue: CatalogueBook[] = []
  let hidden: SuiteBooks
  const client = searchClient(api, () => publishableKey)

  beforeAll(async () => {
    const container = getContainer()
    await seed({ container, args: [] })
    hidden = await createHiddenBooks(container)
    // Rebuilt from the database into a new version, whatever the runner's boot seed managed
    // (it races the suite) and whatever the events of the seed above reached. Sync through
    // events is what books-sync-behaviour.ts checks.
    await container.resolve(Modules.SEARCH).reindex({ index: "books" })
    publishableKey = (await api.get<{ publishable_key: string }>("/storefront/publishable-key")).data.publishable_key
    catalogue = await readerCatalogue(container)
    await eventually(async () => {
      expect((await client.search({ take: 0 })).metadata.count).toBe(catalogue.length)
    }, 30_000)
  })

  it("finds Trotsky's books when the reader types “trotksy”", async () => {
    const trotsky = catalogue.filter(
      (book) => /trotsky/i.test(book.title) || contributorNames(book).some((name) => /trotsky/i.test(name))
    )
    expect(trotsky.length).toBeGreaterThan(0)
    const result = await client.search({ q: "trotksy" })
    expect(ids(result)).toEqual(expect.arrayContaining(trotsky.map((book) => book.id)))
  })

  it("ranks the Lenin biography first for “lenin”", async () => {
    const biography = catalogue.filter((book) => book.title.startsWith("In Defence of Lenin"))
    expect(biography.length).toBeGreaterThan(0)
    const result = await client.search({ q: "lenin" })
    expect(biography.map((book) => book.id)).toContain(result.hits[0]?.id)
  })

  it("shows the seed's pre-order title as a pre-order with the day it ships", async () => {
    const biography = catalogue.find((book) => book.title.startsWith("In Defence of Lenin"))
    if (!biography) throw new Error("no Lenin biography in the demo catalogue")
    const variantIds = (biography.variants ?? []).map((variant) => variant.id)
    const terms = await getContainer()
      .resolve<PreorderModuleService>(PREORDER_MODULE)
      .listPreorderTerms({ variant_id: variantIds, status: "open" })
    expect(terms.length).toBeGreaterThan(0)
    const earliest = terms.map((t) => new Date(t.release_date).toISOString().slice(0, 10)).sort()[0]
    const hit = (await client.search({ q: "lenin", take: 20 })).hits.find((h) => h.id === biography.id)
    expect(hit?.document).toMatchObject({ availability: "preorder", preorder_release_date: earliest })
    expect(hit?.document.preorder_formats).toEqual(expect.arrayContaining(["paperback"]))
  })

  it("finds exactly one book by its ISBN, typed with or without hyphens; an off-by-one ISBN finds nothing", async () => {
    const book = catalogue.find((candidate) => candidate.variants?.some((variant) => variant.ean?.length === 13))
    const isbn = book?.variants?.find((variant) => variant.ean?.length === 13)?.ean
    if (!book || !isbn) throw new Error("the demo catalogue has no ISBN-13")
    expect(ids(await client.search({ q: isbn }))).toEqual([book.id])
    expect(ids(await client.search({ q: hyphenated(isbn) }))).toEqual([book.id])

    const known = new Set(catalogue.flatMap((b) => (b.variants ?? []).map((variant) => variant.ean)))
    const neighbours = [1, 2, 3].map((step) => `${isbn.slice(0, 12)}${(Number(isbn[12]) + step) % 10}`)
    const offByOne = neighbours.find((candidate) => !known.has(candidate))
    if (!offByOne) throw new Error("every neighbour of the ISBN is taken")
    expect(ids(await client.search({ q: offByOne }))).toEqual([])
  })

  it("counts each facet value as the number of matching books", async () => {
    const everything = await client.search({ facets: FACET_FIELDS, take: 100 })
    expect(everything.hits).toHaveLength(catalogue.length)
    expectFacetsToCountHits(everything)
    const revolution = await client.search({ q: "revolution", facets: FACET_FIELDS, take: 100 })
    expect(revolution.hits.length).toBeGreaterThan(0)
    expectFacetsToCountHits(revolution)
  })

  it("filters by format, series and availability", async () => {
    const ebooks = catalogue.filter((book) => formatsOf(book).includes("ebook"))
    expect(ebooks.length).toBeGreaterThan(0)
    expect(ids(await client.search({ filters: { formats: "ebook" }, take: 100 })).sort()).toEqual(
      ebooks.map((book) => book.id).sort()
    )

    const series = catalogue.find((book) => book.collection?.title)?.collection?.title
    if (!series) throw new Error("no demo book belongs to a series")
    const inSeries = catalogue.filter((book) => book.collection?.title === series)
    expect(ids(await client.search({ filters: { series }, take: 100 })).sort()).toEqual(inSeries.map((b) => b.id).sort())

    const everything = await client.search({ facets: ["availability"], take: 100 })
    const values = everything.facets?.availability?.values ?? []
    expect(values.length).toBeGreaterThan(0)
    for (const { value, count } of values) {
      const filtered = await client.search({ filters: { availability: value }, take: 100 })
      expect(filtered.hits).toHaveLength(count)
      expect(new Set(filtered.hits.map((hit) => hit.document.availability))).toEqual(new Set([value]))
    }

    const both = await client.search({ filters: { formats: "ebook", series }, take: 100 })
    const expected = inSeries.filter((book) => formatsOf(book).includes("ebook")).map((book) => book.id)
    expect(ids(both).sort()).toEqual(expected.sort())
  })

  it("sorts by title (ignoring “The”), by newest and by price in pounds", async () => {
    const byTitle = await client.search({ order: { title_sort: "ASC" }, take: 100 })
    const titleKeys = byTitle.hits.map((hit) => sortableTitle(hit.document.title))
    expect(titleKeys).toEqual([...titleKeys].sort())
    expect(byTitle.hits).toHaveLength(catalogue.length)

    const newest = await client.search({ order: { published_at: "DESC" }, take: 100 })
    const dates = newest.hits.map((hit) => Date.parse(hit.document.published_at ?? "") || 0)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))

    const cheapest = await client.search({ order: { price_gbp: "ASC" }, take: 100 })
    const prices = cheapest.hits.map((hit) => hit.document.price_gbp ?? Number.POSITIVE_INFINITY)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    for (const hit of cheapest.hits) {
      const book = catalogue.find((candidate) => candidate.id === hit.id)
      expect({ title: hit.document.title, price: hit.document.price_gbp }).toEqual({
        title: hit.document.title,
        price: book ? lowestPrice(book, "gbp") : undefined,
      })
    }
  })

  it("lists the whole catalogue without words, page by page, each book exactly once in every sort", async () => {
    const orders: Record<string, "ASC" | "DESC">[] = [
      { published_at: "DESC", id: "ASC" },
      { title_sort: "ASC", id: "ASC" },
      { price_gbp: "ASC", id: "ASC" },
      { price_usd: "DESC", id: "ASC" },
    ]
    const take = 4
    for (const order of orders) {
      const seen: string[] = []
      let count = 0
      for (let skip = 0; skip < catalogue.length + take; skip += take) {
        const page = await client.search({ order, take, skip })
        count = page.metadata.count ?? 0
        expect(page.hits.length).toBeLessThanOrEqual(take)
        seen.push(...ids(page))
      }
      expect({ order, count, seen: seen.length, distinct: new Set(seen).size }).toEqual({
        order,
        count: catalogue.length,
        seen: catalogue.length,
        distinct: catalogue.length,
      })
    }
  })

  it("never shows a draft or a book sold through another sales channel", async () => {
    expect(ids(await client.search({ q: DRAFT_WORD }))).not.toContain(hidden.draftId)
    expect(ids(await client.search({ q: OTHER_CHANNEL_WORD }))).not.toContain(hidden.otherChannelId)
    const everything = await client.search({ take: 100, facets: FACET_FIELDS })
    expect(ids(everything)).not.toContain(hidden.draftId)
    expect(ids(everything)).not.toContain(hidden.otherChannelId)
    expect(everything.metadata.count).toBe(catalogue.length)
  })

  it("refuses an index it does not expose and fields the index does not have", async () => {
    const hiddenIndex = await client.post({ entity: "product", filters: { q: "lenin" } })
    expect(hiddenIndex.status).toBe(404)
    const unknownFilter = await client.post({ entity: "books", filters: { status: "draft", secret: 1 } })
    expect(unknownFilter.status).toBe(400)
    const widening = await client.post({ entity: "books", filters: { $or: [{ status: "draft" }] }, fields: ["title"] })
    expect(widening.status).toBe(200)
    expect(JSON.stringify(widening.data)).not.toContain(DRAFT_WORD)
  })

  // Last: these change the catalogue (and put it back), which an external engine remembers.
  bookSyncBehaviour({ api, getContainer, client: () => client, catalogue: () => catalogue, hidden: () => hidden })
}
