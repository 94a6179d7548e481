import { readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import seed from "../../src/scripts/seed"
import { OnixParseError } from "../../src/lib/onix"
import { BOOK_MODULE } from "../../src/modules/book"
import type BookModuleService from "../../src/modules/book/service"
import { runOnixImport } from "../../src/workflows/import-onix/run-onix-import"
import { bookInRegion, regionFor, storeSession } from "../helpers/store"

jest.setTimeout(180_000)

const fixture = (name: string): string => readFileSync(path.join(__dirname, "..", "fixtures", "onix", name), "utf8")

const recordPattern = (reference: string) => new RegExp(`<Product>\\s*<RecordReference>${reference}</RecordReference>[\\s\\S]*?</Product>`)

/** The file with one <Product> (found by its RecordReference) changed by `edit`; throws when nothing changed. */
function editRecord(xml: string, reference: string, edit: (product: string) => string): string {
  const edited = xml.replace(recordPattern(reference), (product) => edit(product))
  if (edited === xml) throw new Error(`editing ${reference} changed nothing`)
  return edited
}

const withoutRecords = (xml: string, ...references: string[]): string =>
  references.reduce((file, reference) => editRecord(file, reference, () => ""), xml)

type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  status: string
  collection: { title: string } | null
  categories: { handle: string; metadata: Record<string, string> | null }[]
  sales_channels: { name: string }[]
  options: { title: string; values: { value: string }[] }[]
  variants: {
    id: string
    title: string
    sku: string
    ean: string
    manage_inventory: boolean
    prices: { id: string; currency_code: string; amount: number }[]
    book_format: { format: string; pages: number | null } | null
  }[]
  book: {
    subtitle: string | null
    publication_date: string
    publishing_status: string
    language: string
    edition: string | null
    contributions: { role: string; position: number; contributor: { handle: string; name: string; bio: string | null } }[]
  } | null
}

const PRODUCT_FIELDS = [
  "id", "title", "subtitle", "status", "collection.title", "categories.handle", "categories.metadata", "sales_channels.name",
  "options.title", "options.values.value",
  "variants.id", "variants.title", "variants.sku", "variants.ean", "variants.manage_inventory",
  "variants.prices.id", "variants.prices.currency_code", "variants.prices.amount",
  "variants.book_format.format", "variants.book_format.pages",
  "book.subtitle", "book.publication_date", "book.publishing_status", "book.language", "book.edition",
  "book.contributions.role", "book.contributions.position",
  "book.contributions.contributor.handle", "book.contributions.contributor.name", "book.contributions.contributor.bio",
]

async function productByHandle(container: MedusaContainer, handle: string): Promise<ProductRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { handle } })
  return data[0] as ProductRow | undefined
}

/** The product that has a variant with this ISBN (handles may differ: the seed has a "Lenin and Trotsky" too). */
async function productByIsbn(container: MedusaContainer, isbn: string): Promise<ProductRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { ean: isbn } })
  const id = (data[0] as { product_id: string } | undefined)?.product_id
  if (!id) return undefined
  const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id } })
  return products[0] as ProductRow | undefined
}

const credits = (p: ProductRow | undefined) =>
  [...(p?.book?.contributions ?? [])].sort((a, b) => a.position - b.position).map((c) => `${c.contributor.handle}/${c.role}`)

const priceOf = (p: ProductRow | undefined, isbn: string) =>
  Object.fromEntries((p?.variants.find((v) => v.ean === isbn)?.prices ?? []).map((x) => [x.currency_code, x.amount]))

async function counts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const book = container.resolve<BookModuleService>(BOOK_MODULE)
  return {
    products: await count("product"),
    variants: await count("product_variant"),
    collections: await count("product_collection"),
    categories: await count("product_category"),
    prices: (await container.resolve(Modules.PRICING).listPrices({}, { take: null })).length,
    inventoryItems: await count("inventory_item"),
    contributors: (await book.listContributors({}, { take: null })).length,
    books: (await book.listBooks({}, { take: null })).length,
    contributions: (await book.listContributions({}, { take: null })).length,
  }
}

async function contributorHandles(container: MedusaContainer): Promise<string[]> {
  const rows = await container.resolve<BookModuleService>(BOOK_MODULE).listContributors({}, { select: ["handle"], take: null })
  return rows.map((c) => c.handle).sort()
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
    })

    it("imports a multi-format file: one published product per work, a variant per format, prices, book details, ordered credits, series, subjects", async () => {
      const container = getContainer()
      const before = await counts(container)
      const summary = await runOnixImport(container, fixture("good-catalogue.xml"))
      expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0, works: 3, records: { total: 6, rejected: 0 } })
      expect(summary.warnings).toContain("TEST-PR-PB: prices in NZD not imported (the shop does not sell in them)")

      const pr = await productByHandle(container, "the-permanent-revolution")
      expect(pr).toMatchObject({ title: "The Permanent Revolution", subtitle: "Results and Prospects", status: "published" })
      expect(pr?.sales_channels.map((s) => s.name)).toEqual(["Wellred Storefront"])
      expect(pr?.collection?.title).toBe("Marxist Classics")
      expect(pr?.categories.map((c) => [c.handle, c.metadata?.subject_code]).sort()).toEqual([
        ["bisac-pol045000", "POL045000"],
        ["thema-jpff", "JPFF"],
      ])
      expect(pr?.options.map((o) => [o.title, o.values.map((v) => v.value).sort()])).toEqual([["Format", ["Ebook", "Paperback"]]])
      const formatOf = (v: ProductRow["variants"][number]) => v.book_format && { format: v.book_format.format, pages: v.book_format.pages }
      expect(pr?.variants.map((v) => [v.title, v.ean, v.sku, v.manage_inventory, formatOf(v)]).sort()).toEqual([
        ["Ebook", "9781999899011", "9781999899011", false, { format: "ebook", pages: null }],
        ["Paperback", "9781999899004", "9781999899004", true, { format: "paperback", pages: 320 }],
      ])
      expect(priceOf(pr, "9781999899004")).toEqual({ gbp: 12.99, usd: 16.99, eur: 14.99 })
      expect(priceOf(pr, "9781999899011")).toEqual({ gbp: 6.99, usd: 8.99 })
      expect(pr?.book).toMatchObject({ subtitle: "Results and Prospects", publishing_status: "active", language: "eng", edition: null })
      expect(new Date(pr?.book?.publication_date ?? "").toISOString().slice(0, 10)).toBe("2024-03-01")
      expect(credits(pr)).toEqual(["leon-trotsky/author", "alan-woods/introduction"])
      expect(pr?.book?.contributions.find((c) => c.contributor.handle === "leon-trotsky")?.contributor.bio).toMatch(/^Leon Trotsky \(1879/)

      const lt = await productByIsbn(container, "9781999899028")
      // The demo seed already has a "Lenin and Trotsky": the new product gets a handle of its own.
      expect(lt?.id).not.toBe((await productByHandle(container, "lenin-and-trotsky"))?.id)
      expect(lt?.variants.map((v) => v.title).sort()).toEqual(["Ebook", "Hardback", "Paperback"])
      expect(credits(lt)).toEqual(["ted-grant/author", "alan-woods/author"])
      expect(lt?.book?.edition).toBe("2")
      expect(lt?.collection?.title).toBe("Marxist Classics")

      const china = await productByHandle(container, "china")
      expect(china?.book?.publishing_status).toBe("forthcoming")
      expect(credits(china)).toEqual(["john-peterson/editor", "jorge-martin/translator"])

      // One series shared by two works and three subjects, each made once; contributors the
      // shop already had (the demo seed credits Alan Woods and Ted Grant) are reused by handle.
      const after = await counts(container)
      expect(after.collections - before.collections).toBe(1)
      expect(after.categories - before.categories).toBe(3)
      const handles = await contributorHandles(container)
      for (const handle of ["leon-trotsky", "alan-woods", "ted-grant", "john-peterson", "jorge-martin"]) {
        expect(handles.filter((h) => h === handle)).toHaveLength(1)
      }

      // A reader sees the new book in the storefront, priced in pounds.
      const session = await storeSession(api)
      const gb = await regionFor(session, "gbp")
      const inShop = await bookInRegion(session, "the-permanent-revolution", gb.id)
      const paperback = inShop.variants.find((v) => v.title === "Paperback")
      expect(paperback?.calculated_price.calculated_amount).toBe(12.99)
    })

    it("changes nothing when the same file is imported again", async () => {
      const container = getContainer()
      await runOnixImport(container, fixture("good-catalogue.xml"))
      const before = await counts(container)
      const again = await runOnixImport(container, fixture("good-catalogue.xml"))
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 0 })
      expect(again.results.every((r) => r.changes.length === 0)).toBe(true)
      expect(await counts(container)).toEqual(before)
    })

    it("updates a changed price and a changed date in place, keeping product, variant and price ids", async () => {
      const container = getContainer()
      const xml = fixture("good-catalogue.xml")
      await runOnixImport(container, xml)
      const prBefore = await productByHandle(container, "the-permanent-revolution")
      const chinaBefore = await productByHandle(container, "china")
      const before = await counts(container)

      let changed = editRecord(xml, "TEST-PR-PB", (p) => p.replace("<PriceAmount>12.99</PriceAmount>", "<PriceAmount>13.50</PriceAmount>"))
      changed = editRecord(changed, "TEST-CH-PB", (p) => p.replace(">20270115<", ">20270301<"))
      const summary = await runOnixImport(container, changed)
      expect(summary).toMatchObject({ created: 0, updated: 2, unchanged: 1, failed: 0 })
      expect(summary.results.find((r) => r.handle === "the-permanent-revolution")?.changes).toEqual(["GBP price of 9781999899004: 12.99 → 13.5"])
      expect(summary.results.find((r) => r.handle === "china")?.changes).toEqual(["publication date: 2027-01-15 → 2027-03-01"])

      const pr = await productByHandle(container, "the-permanent-revolution")
      expect(pr?.id).toBe(prBefore?.id)
      expect(pr?.variants.map((v) => v.id).sort()).toEqual(prBefore?.variants.map((v) => v.id).sort())
      expect(priceOf(pr, "9781999899004")).toEqual({ gbp: 13.5, usd: 16.99, eur: 14.99 })
      const priceIds = (p: ProductRow | undefined) => p?.variants.flatMap((v) => v.prices.map((x) => x.id)).sort()
      expect(priceIds(pr)).toEqual(priceIds(prBefore))

      const china = await productByHandle(container, "china")
      expect(china?.id).toBe(chinaBefore?.id)
      expect(new Date(china?.book?.publication_date ?? "").toISOString().slice(0, 10)).toBe("2027-03-01")
      expect(credits(china)).toEqual(credits(chinaBefore))
      expect(await counts(container)).toEqual(before)
    })

    it("adds a new format to the product that has the work's other formats", async () => {
      const container = getContainer()
      const xml = fixture("good-catalogue.xml")
      await runOnixImport(container, withoutRecords(xml, "TEST-LT-HB"))
      const before = await productByIsbn(container, "9781999899035")
      expect(before?.variants.map((v) => v.title).sort()).toEqual(["Ebook", "Paperback"])

      const summary = await runOnixImport(container, xml)
      expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 2, failed: 0 })
      const after = await productByIsbn(container, "9781999899035")
      expect(after?.id).toBe(before?.id)
      expect(after?.variants.map((v) => [v.title, v.ean, v.manage_inventory]).sort()).toEqual([
        ["Ebook", "9781999899042", false],
        ["Hardback", "9781999899028", true],
        ["Paperback", "9781999899035", true],
      ])
      expect(after?.options[0]?.values.map((v) => v.value).sort()).toEqual(["Ebook", "Hardback", "Paperback"])
      expect(after?.variants.find((v) => v.title === "Hardback")?.book_format).toMatchObject({ format: "hardback", pages: 280 })
      expect(priceOf(after, "9781999899028")).toMatchObject({ gbp: 24.99, sek: 339 })
    })

    it("reports bad records with their RecordReference and reason and imports the good ones", async () => {
      const container = getContainer()
      const summary = await runOnixImport(container, fixture("bad-records.xml"))
      expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 3, records: { total: 5, rejected: 3 } })
      expect(summary.failures.map((f) => [f.record_references, f.kind, f.reason])).toEqual([
        [["TEST-BAD-ISBN"], "rejected", "invalid ISBN-13 9781999899104 in ProductIdentifier (check digit should be 3)"],
        [["TEST-BAD-CURRENCY"], "rejected", "unknown currency code XYZ in Price (PriceAmount 9.99)"],
        [["TEST-BAD-TITLE"], "rejected", "missing title in TitleDetail (TitleType 01)"],
      ])
      expect(await productByHandle(container, "marxism-and-anarchism")).toBeDefined()
      expect(await productByHandle(container, "the-ideas-of-karl-marx")).toBeDefined()
      expect(await productByHandle(container, "a-wrong-check-digit")).toBeUndefined()
      expect(await productByHandle(container, "priced-in-a-made-up-currency")).toBeUndefined()
    })

    it("refuses a malformed file with the parser's message and writes nothing", async () => {
      const container = getContainer()
      const before = await counts(container)
      await expect(runOnixImport(container, fixture("malformed.xml"))).rejects.toThrow(OnixParseError)
      await expect(runOnixImport(container, fixture("malformed.xml"))).rejects.toThrow(
        "Malformed XML at line 6, column 79: Expected closing tag 'IDValue' (opened in line 6, col 57) instead of closing tag 'ProductIDType'."
      )
      expect(await counts(container)).toEqual(before)
    })

    it("fails a work whose ISBN is already another product's SKU whole: nothing of it is written", async () => {
      const container = getContainer()
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Staff-made product",
              options: [{ title: "Format", values: ["Paperback"] }],
              variants: [{ title: "Paperback", sku: "9781999899059", manage_inventory: false, options: { Format: "Paperback" }, prices: [] }],
            },
          ],
        },
      })
      const before = await counts(container)
      const summary = await runOnixImport(container, fixture("good-catalogue.xml"))
      expect(summary).toMatchObject({ created: 2, failed: 1 })
      const [failure] = summary.failures
      expect(failure).toMatchObject({ record_references: ["TEST-CH-PB"], isbns: ["9781999899059"], title: "China", kind: "failed" })
      expect(failure?.reason).toMatch(/sku/i)

      expect(await productByHandle(container, "china")).toBeUndefined()
      const handles = await contributorHandles(container)
      expect(handles).not.toContain("john-peterson")
      expect(handles).not.toContain("jorge-martin")
      const { data: china } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_category", fields: ["id"], filters: { handle: "thema-1fpc" } })
      expect(china).toEqual([])
      const after = await counts(container)
      // Exactly the two other works were added: 5 formats, 5 books' worth of rows, no more.
      expect(after.products - before.products).toBe(2)
      expect(after.variants - before.variants).toBe(5)
    })

    it("rolls a work back completely when a step after the product's creation fails, and imports it on the next run", async () => {
      const container = getContainer()
      const book = container.resolve<BookModuleService>(BOOK_MODULE)
      const before = await counts(container)
      const spy = jest.spyOn(book, "createContributions").mockRejectedValueOnce(new Error("forced failure while crediting contributors"))
      const onlyFirstWork = withoutRecords(fixture("good-catalogue.xml"), "TEST-LT-HB", "TEST-LT-PB", "TEST-LT-EB", "TEST-CH-PB")
      const failed = await runOnixImport(container, onlyFirstWork)
      spy.mockRestore()
      expect(failed).toMatchObject({ created: 0, failed: 1 })
      expect(failed.failures[0]?.reason).toBe("forced failure while crediting contributors")
      expect(await productByHandle(container, "the-permanent-revolution")).toBeUndefined()
      expect(await counts(container)).toEqual(before)

      const retried = await runOnixImport(container, onlyFirstWork)
      expect(retried).toMatchObject({ created: 1, failed: 0 })
      expect(credits(await productByHandle(container, "the-permanent-revolution"))).toEqual(["leon-trotsky/author", "alan-woods/introduction"])
    })

    it("fails a work that the file splits off a product the shop holds as one work", async () => {
      const container = getContainer()
      const xml = fixture("good-catalogue.xml")
      await runOnixImport(container, xml)
      const before = await counts(container)
      const split = editRecord(xml, "TEST-PR-EB", (p) =>
        p.replace("<TitleText>The Permanent Revolution</TitleText><Subtitle>Results and Prospects</Subtitle>", "<TitleText>Permanent Revolution (ebook)</TitleText>")
      )
      const summary = await runOnixImport(container, split)
      expect(summary).toMatchObject({ unchanged: 3, failed: 1 })
      expect(summary.failures[0]).toMatchObject({ record_references: ["TEST-PR-EB"] })
      expect(summary.failures[0]?.reason).toMatch(/^the shop holds its ISBNs in one product with those of records TEST-PR-PB/)
      expect(await counts(container)).toEqual(before)
    })

    it("refuses a work whose ISBNs belong to two products, before writing anything", async () => {
      const container = getContainer()
      const xml = fixture("good-catalogue.xml")
      // The paperback and the ebook arrive first as two separate works (different titles)…
      const apart = editRecord(xml, "TEST-PR-EB", (p) =>
        p.replace("<TitleText>The Permanent Revolution</TitleText><Subtitle>Results and Prospects</Subtitle>", "<TitleText>Permanent Revolution (ebook)</TitleText>")
      )
      await runOnixImport(container, apart)
      const before = await counts(container)
      // …then the file says they are one work.
      const summary = await runOnixImport(container, xml)
      const failure = summary.failures.find((f) => f.isbns.includes("9781999899004"))
      expect(failure?.reason).toMatch(/^the ISBNs of this work belong to different products: "The Permanent Revolution" \(9781999899004\) and "Permanent Revolution \(ebook\)" \(9781999899011\)/)
      expect(await counts(container)).toEqual(before)
    })
  },
})

