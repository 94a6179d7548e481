import { readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import seed from "../../src/scripts/seed"
import { BOOK_MODULE } from "../../src/modules/book"
import type BookModuleService from "../../src/modules/book/service"
import { runOnixImport } from "../../src/workflows/import-onix/run-onix-import"

jest.setTimeout(240_000)

// Twelve new works: enough for the bulk path (new products created in batches).
const MANY = readFileSync(path.join(__dirname, "..", "fixtures", "onix", "many-works.xml"), "utf8")

type ProductRow = {
  id: string
  title: string
  status: string
  collection: { title: string } | null
  categories: { handle: string }[]
  variants: { title: string; ean: string; manage_inventory: boolean; prices: { currency_code: string }[]; book_format: { format: string } | null }[]
  book: { contributions: { role: string; position: number; contributor: { handle: string } }[] } | null
}

const FIELDS = [
  "id", "title", "status", "collection.title", "categories.handle",
  "variants.title", "variants.ean", "variants.manage_inventory", "variants.prices.currency_code", "variants.book_format.format",
  "book.contributions.role", "book.contributions.position", "book.contributions.contributor.handle",
]

async function productWithIsbn(container: MedusaContainer, isbn: string): Promise<ProductRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { ean: isbn } })
  const id = (variants[0] as { product_id: string } | undefined)?.product_id
  if (!id) return undefined
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id } })
  return data[0] as ProductRow | undefined
}

const credits = (p: ProductRow | undefined) =>
  [...(p?.book?.contributions ?? [])].sort((a, b) => a.position - b.position).map((c) => `${c.contributor.handle}/${c.role}`)

async function counts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const book = container.resolve<BookModuleService>(BOOK_MODULE)
  return {
    products: await count("product"),
    variants: await count("product_variant"),
    collections: await count("product_collection"),
    categories: await count("product_category"),
    contributors: (await book.listContributors({}, { take: null })).length,
    books: (await book.listBooks({}, { take: null })).length,
    formats: (await book.listBookFormats({}, { take: null })).length,
  }
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ getContainer }) => {
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
    })

    it("creates many new works in bulk with everything a single import writes, and a rerun changes nothing", async () => {
      const container = getContainer()
      const before = await counts(container)
      const createBooks = jest.spyOn(container.resolve<BookModuleService>(BOOK_MODULE), "createBooks")
      const summary = await runOnixImport(container, MANY)
      const calls = createBooks.mock.calls.length
      createBooks.mockRestore()
      expect(summary).toMatchObject({ created: 12, updated: 0, unchanged: 0, failed: 0, works: 12 })
      // The batch writes its twelve books at once, not one workflow per work.
      expect(calls).toBe(1)

      const forgotten = await productWithIsbn(container, "9781999000035")
      expect(forgotten).toMatchObject({ title: "The Forgotten Movement", status: "published" })
      expect(forgotten?.variants.map((v) => [v.title, v.ean, v.manage_inventory, v.book_format?.format]).sort()).toEqual([
        ["Ebook", "9781999000059", false, "ebook"],
        ["Hardback", "9781999000042", true, "hardback"],
        ["Paperback", "9781999000035", true, "paperback"],
      ])
      expect(forgotten?.variants[0]?.prices.map((p) => p.currency_code).sort()).toEqual(["aud", "cad", "chf", "eur", "gbp", "sek", "usd"])
      expect(credits(forgotten)).toEqual(["jonas-castro/author", "victor-castro/author"])
      expect(forgotten?.categories.map((c) => c.handle)).toEqual(["thema-nhf"])
      expect(credits(await productWithIsbn(container, "9781999000158"))).toEqual(["boris-zimmer/author", "maya-zimmer/author", "zoe-zimmer/introduction"])
      expect((await productWithIsbn(container, "9781999000271"))?.collection?.title).toBe("Movement Library 1")

      const after = await counts(container)
      expect(after.products - before.products).toBe(12)
      expect(after.books - before.books).toBe(12)
      expect(after.formats - before.formats).toBe(after.variants - before.variants)

      const again = await runOnixImport(container, MANY)
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 12, failed: 0 })
      expect(await counts(container)).toEqual(after)
    })

    it("imports a batch work by work when one of its works fails: the others are created, that one not at all", async () => {
      const container = getContainer()
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Staff-made product",
              options: [{ title: "Format", values: ["Paperback"] }],
              variants: [{ title: "Paperback", sku: "9781999000158", manage_inventory: false, options: { Format: "Paperback" }, prices: [] }],
            },
          ],
        },
      })
      const before = await counts(container)
      const summary = await runOnixImport(container, MANY)
      expect(summary).toMatchObject({ created: 11, failed: 1 })
      expect(summary.failures).toHaveLength(1)
      expect(summary.failures[0]).toMatchObject({ record_references: ["LARGE-6-BC"], title: "The Red Struggle", kind: "failed" })
      expect(summary.failures[0]?.reason).toMatch(/sku/i)

      const after = await counts(container)
      expect(after.products - before.products).toBe(11)
      expect(after.books - before.books).toBe(11)
      const handles = (await container.resolve<BookModuleService>(BOOK_MODULE).listContributors({}, { select: ["handle"], take: null })).map((c) => c.handle)
      expect(handles).not.toContain("boris-zimmer")
      expect(handles).not.toContain("maya-zimmer")
      expect(await productWithIsbn(container, "9781999000035")).toBeDefined()
    })
  },
})
