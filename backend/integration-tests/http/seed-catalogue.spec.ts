/**
 * The demo catalogue as a reader and the shop's staff see it after `npm start` has seeded:
 * every title under its slug with credits, details, formats, cover, series and subjects, read
 * back through the store API; and a second seed run that writes nothing.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { HANDLE_PATTERN, slugify } from "../../src/lib/slug"
import { BOOK_MODULE } from "../../src/modules/book"
import type BookModuleService from "../../src/modules/book/service"
import { CONTRIBUTORS } from "../../src/scripts/seed/contributors"
import { handleFor, isPrintFormat } from "../../src/scripts/seed/product-input"
import { TITLES } from "../../src/scripts/seed/titles"
import { storeSession, type StoreSession } from "../helpers/store"

jest.setTimeout(180_000)

// Covers go to a throwaway data directory (read when the runner loads medusa-config).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-seed-catalogue-"))
process.env.BOOKSHOP_DATA_DIR = dataDir
const coverDir = path.join(dataDir, "uploads", "covers")

type StoreBook = {
  handle: string
  title: string
  thumbnail: string | null
  images: { url: string }[]
  metadata: Record<string, unknown> | null
  book: {
    subtitle: string | null
    publication_date: string | null
    publishing_status: string
    contributions: { role: string; position: number; contributor: { name: string; handle: string } }[]
  } | null
  variants: { sku: string; title: string; book_format: { format: string; pages: number | null } | null }[]
}

const BOOK_FIELDS =
  "fields=handle,title,thumbnail,metadata,*images,*book,*book.contributions,*book.contributions.contributor,+variants.sku,*variants.book_format"

const runSeed = (container: MedusaContainer) => seed({ container, args: [] })

async function storeBooks(session: StoreSession, filter = ""): Promise<Map<string, StoreBook>> {
  const { data } = await session.api.get<{ products: StoreBook[] }>(
    `/store/products?limit=100&${BOOK_FIELDS}${filter}`,
    session.headers
  )
  return new Map(data.products.map((p) => [p.handle, p]))
}

const credits = (book: StoreBook) =>
  [...(book.book?.contributions ?? [])].sort((a, b) => a.position - b.position).map((c) => [c.contributor.handle, c.role])

/** Everything a rerun could add or touch. */
async function footprint(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const books = container.resolve<BookModuleService>(BOOK_MODULE)
  const rows = async (entity: string, fields = ["id"]) => (await query.graph({ entity, fields })).data as Record<string, unknown>[]
  const products = await rows("product", ["id", "updated_at", "thumbnail", "images.id"])
  const latest = (list: { updated_at: Date | string }[]) =>
    Math.max(...list.map((r) => new Date(r.updated_at).getTime()))
  return {
    products: products.length,
    productsUpdatedAt: latest(products as { updated_at: string }[]),
    thumbnails: new Set(products.map((p) => p.thumbnail)).size,
    images: products.flatMap((p) => (p.images as unknown[] | undefined) ?? []).length,
    variants: (await rows("product_variant")).length,
    inventoryLevels: (await rows("inventory_level")).length,
    collections: (await rows("product_collection")).length,
    categories: (await rows("product_category")).length,
    contributors: (await books.listContributors({}, { withDeleted: true })).length,
    contributions: (await books.listContributions({}, { withDeleted: true })).length,
    books: (await books.listBooks({}, { withDeleted: true })).length,
    booksUpdatedAt: latest(await books.listBooks({})),
    bookFormats: (await books.listBookFormats({}, { withDeleted: true })).length,
    coverFiles: fs.readdirSync(coverDir).length,
  }
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    let session: StoreSession

    beforeAll(async () => {
      const started = Date.now()
      await runSeed(getContainer())
      process.stdout.write(`seed-catalogue: first seed run took ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
      session = await storeSession(api)
    })

    afterAll(() => {
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    it("publishes every catalogue title under its slug, as demo data, with credits, details and formats", async () => {
      const books = await storeBooks(session)
      expect([...books.keys()].sort()).toEqual(TITLES.map(handleFor).sort())
      for (const title of TITLES) {
        const book = books.get(handleFor(title)) as StoreBook
        expect({ handle: book.handle, title: book.title, demo: book.metadata?.demo }).toEqual({
          handle: handleFor(title),
          title: title.title,
          demo: true,
        })
        expect(book.book?.subtitle ?? null).toBe(title.subtitle ?? null)
        expect({ title: title.title, credits: credits(book) }).toEqual({
          title: title.title,
          credits: title.contributors.map((c) => [slugify(c.name), c.role]),
        })
        for (const format of title.formats) {
          const variant = book.variants.find((v) => v.sku === format.isbn)
          expect(variant?.book_format).toEqual(
            expect.objectContaining({ format: format.format.toLowerCase(), pages: format.pages })
          )
        }
      }
      expect(books.get("in-defence-of-lenin")).toBeDefined()
      expect(credits(books.get("writings-on-britain") as StoreBook)).toEqual([
        ["leon-trotsky", "author"],
        ["rob-sewell", "introduction"],
      ])
      expect(credits(books.get("reason-in-revolt") as StoreBook)).toEqual([
        ["ted-grant", "author"],
        ["alan-woods", "author"],
      ])
      expect(books.get("the-history-of-philosophy")?.book?.publication_date).toBe("2021-09-26T00:00:00.000Z")
    })

    it("lists the credited people under slug handles, with bios and their books", async () => {
      const { data } = await api.get("/store/contributors?limit=100", session.headers)
      const handles = data.contributors.map((c: { handle: string }) => c.handle)
      expect(handles.sort()).toEqual(CONTRIBUTORS.map((c) => slugify(c.name)).sort())
      for (const contributor of data.contributors as { handle: string; bio: string | null }[]) {
        expect(contributor.handle).toMatch(HANDLE_PATTERN)
        expect(contributor.bio).toEqual(expect.any(String))
      }
      const { data: woods } = await api.get("/store/contributors/alan-woods", session.headers)
      expect(woods.contributor.books.map((b: { handle: string }) => b.handle)).toEqual(
        expect.arrayContaining(["reason-in-revolt", "bolshevism", "the-history-of-philosophy", "in-defence-of-lenin"])
      )
      const { data: lenin } = await api.get("/store/contributors/v-i-lenin", session.headers)
      expect(lenin.contributor.name).toBe("V. I. Lenin")
    })

    it("shows In Defence of Lenin as forthcoming, out about six weeks from now, with no stock yet", async () => {
      const lenin = (await storeBooks(session)).get("in-defence-of-lenin") as StoreBook
      expect(lenin.book?.publishing_status).toBe("forthcoming")
      const release = Date.parse(lenin.book?.publication_date ?? "")
      const weeks = (release - Date.now()) / (7 * 24 * 3600 * 1000)
      expect(weeks).toBeGreaterThan(5.5)
      expect(weeks).toBeLessThanOrEqual(6)

      const region = (await api.get("/store/regions", session.headers)).data.regions[0]
      const { data } = await api.get(
        `/store/products?handle=in-defence-of-lenin&region_id=${region.id}&fields=+variants.inventory_quantity`,
        session.headers
      )
      expect(data.products[0].variants.map((v: { inventory_quantity: number }) => v.inventory_quantity)).toEqual([0, 0])

      await runSeed(getContainer())
      const again = (await storeBooks(session)).get("in-defence-of-lenin") as StoreBook
      expect(again.book?.publication_date).toBe(lenin.book?.publication_date)
    })

    it("stocks every print format in London and New York, and no ebook", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["sku", "manage_inventory", "inventory_items.inventory.location_levels.*"],
      })
      type Row = {
        sku: string
        manage_inventory: boolean
        inventory_items?: { inventory?: { location_levels?: { location_id: string; stocked_quantity: number }[] } }[]
      }
      const bySku = new Map((variants as Row[]).map((v) => [v.sku, v]))
      for (const title of TITLES) {
        for (const format of title.formats) {
          const variant = bySku.get(format.isbn) as Row
          expect({ sku: format.isbn, managed: variant.manage_inventory }).toEqual({ sku: format.isbn, managed: isPrintFormat(format.format) })
          if (!isPrintFormat(format.format)) continue
          const levels = variant.inventory_items?.[0]?.inventory?.location_levels ?? []
          expect(levels.map((l) => l.location_id).sort()).toEqual(locations.map((l: { id: string }) => l.id).sort())
          const expected = title.forthcomingWeeks === undefined ? expect.any(Number) : 0
          for (const level of levels) expect(level.stocked_quantity).toEqual(expected)
          if (title.forthcomingWeeks === undefined) expect(Math.min(...levels.map((l) => l.stocked_quantity))).toBeGreaterThan(0)
        }
      }
    })

    it("gives every title its own generated SVG cover as thumbnail and image", async () => {
      const books = await storeBooks(session)
      for (const [handle, book] of books) {
        expect(book.thumbnail).toMatch(new RegExp(`/static/covers/\\d+-${handle}\\.svg$`))
        expect(book.images.map((i) => i.url)).toEqual([book.thumbnail])
      }
      const files = fs.readdirSync(coverDir)
      expect(files).toHaveLength(TITLES.length)
      for (const file of files) {
        const svg = fs.readFileSync(path.join(coverDir, file), "utf8")
        expect(svg.startsWith("<svg ")).toBe(true)
        expect(svg).toContain("WELLRED BOOKS")
      }
    })

    it("puts the series' titles in their collections and the subjects in categories with Thema codes", async () => {
      const handlesIn = async (filter: string) => [...(await storeBooks(session, filter)).keys()].sort()
      const { data: collections } = await api.get("/store/collections?limit=50", session.headers)
      const collection = (handle: string) => collections.collections.find((c: { handle: string }) => c.handle === handle)
      expect(collection("classics-of-marxism")?.title).toBe("Classics of Marxism")
      expect(await handlesIn(`&collection_id=${collection("lenin-centenary")?.id}`)).toEqual([
        "bolshevism",
        "in-defence-of-lenin",
        "lenin-and-trotsky",
      ])
      expect(await handlesIn(`&collection_id=${collection("classics-of-marxism")?.id}`)).toEqual(
        TITLES.filter((t) => t.series === "classics-of-marxism").map(handleFor).sort()
      )

      const { data: categories } = await api.get("/store/product-categories?limit=50&fields=id,handle,name,metadata", session.headers)
      const category = (handle: string) => categories.product_categories.find((c: { handle: string }) => c.handle === handle)
      expect(category("marxist-theory")?.metadata).toMatchObject({ thema: "JPFC" })
      expect(category("british-labour-history")?.metadata).toMatchObject({ thema: "NHTB", thema_qualifier: "1DDU" })
      expect(await handlesIn(`&category_id[]=${category("british-labour-history")?.id}`)).toEqual([
        "in-the-cause-of-labour",
        "the-chartist-revolution",
        "writings-on-britain",
      ])
    })

    it("writes nothing on a second run: no new rows, no updates, no new files", async () => {
      const before = await footprint(getContainer())
      expect(before).toMatchObject({
        products: TITLES.length,
        thumbnails: TITLES.length,
        images: TITLES.length,
        variants: TITLES.flatMap((t) => t.formats).length,
        contributors: CONTRIBUTORS.length,
        contributions: TITLES.flatMap((t) => t.contributors).length,
        books: TITLES.length,
        bookFormats: TITLES.flatMap((t) => t.formats).length,
        collections: 2,
        categories: 5,
        coverFiles: TITLES.length,
      })
      await runSeed(getContainer())
      expect(await footprint(getContainer())).toEqual(before)
    })
  },
})
