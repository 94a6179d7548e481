import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { BOOK_MODULE } from "../../src/modules/book"
import type BookModuleService from "../../src/modules/book/service"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { storeSession } from "../helpers/store"

jest.setTimeout(120_000)

type Answer<T> = Partial<T> & { message?: string }
type Product = { id: string; title: string; handle: string; variants: { id: string; title: string }[] }
type AdminBook = {
  id: string
  product_id: string
  subtitle: string | null
  publication_date: string | null
  publishing_status: string
  language: string
  edition: string | null
  contributors: { contributor_id: string; name: string; handle: string; role: string; position: number }[]
  formats: { id: string; variant_id: string; variant_title: string; format: string; pages: number | null }[]
}
type StoreProduct = {
  id: string
  book?: {
    subtitle: string | null
    publishing_status: string
    contributions: { role: string; position: number; contributor: { name: string; handle: string } }[]
  } | null
  variants: { id: string; book_format?: { format: string; pages: number | null } | null }[]
}

const BOOK_FIELDS = "fields=title,*book,*book.contributions,*book.contributions.contributor,*variants.book_format"

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as Api
    let admin: AdminRequest

    /** Books of this suite's own, so the seeded catalogue's details never get in the way. */
    const createBook = async (title: string, handle: string, formats: string[]) => {
      const { data } = await api.get<{ sales_channels: { id: string }[] }>(
        "/admin/sales-channels?name=Wellred%20Storefront",
        admin
      )
      return api.post(
        "/admin/products",
        {
          title,
          handle,
          status: "published",
          sales_channels: data.sales_channels.map(({ id }) => ({ id })),
          options: [{ title: "Format", values: formats }],
          variants: formats.map((format) => ({
            title: format,
            options: { Format: format },
            prices: [{ currency_code: "gbp", amount: 10 }],
          })),
        },
        admin
      )
    }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer())
      await createBook("Reason in Revolt (suite copy)", "spec-reason-in-revolt", ["Paperback", "Ebook"])
      await createBook("Bolshevism (suite copy)", "spec-bolshevism", ["Paperback", "Hardback"])
    })

    /** The contributor with this name's handle, created when the seed has not made one. */
    const contributor = async (name: string, handle: string): Promise<string> => {
      const { data } = await api.get<{ contributors: { id: string }[] }>(`/admin/contributors?handle=${handle}`, admin)
      if (data.contributors[0]) return data.contributors[0].id
      const created = await api.post<{ contributor: { id: string } }>("/admin/contributors", { name, handle }, admin)
      return created.data.contributor.id
    }
    const product = async (handle: string): Promise<Product> => {
      const { data } = await api.get<{ products: Product[] }>(
        `/admin/products?handle=${handle}&fields=id,title,handle,variants.id,variants.title`,
        admin
      )
      if (!data.products[0]) throw new Error(`no product ${handle}`)
      return data.products[0]
    }
    const variant = (p: Product, title: string) => {
      const found = p.variants.find((v) => v.title === title)
      if (!found) throw new Error(`${p.title} has no ${title} variant`)
      return found.id
    }
    const upsert = (productId: string, body: object) =>
      api.post<Answer<{ book: AdminBook }>>(`/admin/products/${productId}/book`, body, admin)
    const readBook = async (productId: string) =>
      (await api.get<{ book: AdminBook | null }>(`/admin/products/${productId}/book`, admin)).data.book

    it("creates book details with ordered contributors and formats, readable through the store products API", async () => {
      const grant = await contributor("Ted Grant", "ted-grant")
      const woods = await contributor("Alan Woods", "alan-woods")
      const reason = await product("spec-reason-in-revolt")
      const { status, data } = await upsert(reason.id, {
        details: { subtitle: "Marxist Philosophy and Modern Science", publication_date: "1995-06-01", edition: "First edition" },
        contributors: [
          { contributor_id: grant, role: "author" },
          { contributor_id: woods, role: "author" },
        ],
        formats: [{ variant_id: variant(reason, "Paperback"), format: "paperback", pages: 440 }],
      })
      expect({ status, message: data.message }).toEqual({ status: 200, message: undefined })
      expect(data.book).toMatchObject({
        product_id: reason.id,
        subtitle: "Marxist Philosophy and Modern Science",
        publication_date: "1995-06-01T00:00:00.000Z",
        publishing_status: "active",
        language: "eng",
        edition: "First edition",
      })
      expect(data.book?.contributors.map((c) => [c.handle, c.role, c.position])).toEqual([
        ["ted-grant", "author", 0],
        ["alan-woods", "author", 1],
      ])
      expect(data.book?.formats).toEqual([
        expect.objectContaining({ variant_id: variant(reason, "Paperback"), variant_title: "Paperback", format: "paperback", pages: 440 }),
      ])

      const session = await storeSession(api)
      const { data: listing } = await api.get<{ products: StoreProduct[] }>(
        `/store/products?handle=spec-reason-in-revolt&${BOOK_FIELDS}`,
        session.headers
      )
      const stored = listing.products[0]
      expect(stored?.book).toMatchObject({ subtitle: "Marxist Philosophy and Modern Science", publishing_status: "active" })
      const credits = [...(stored?.book?.contributions ?? [])].sort((a, b) => a.position - b.position)
      expect(credits.map((c) => c.contributor.name)).toEqual(["Ted Grant", "Alan Woods"])
      const paperback = stored?.variants.find((v) => v.id === variant(reason, "Paperback"))
      expect(paperback?.book_format).toMatchObject({ format: "paperback", pages: 440 })
      const { data: one } = await api.get<{ product: StoreProduct }>(`/store/products/${reason.id}?${BOOK_FIELDS}`, session.headers)
      expect(one.product.book?.contributions).toHaveLength(2)
    })

    it("updates in place: one book, contributors replaced in the new order, formats upserted", async () => {
      const grant = await contributor("Ted Grant", "ted-grant")
      const woods = await contributor("Alan Woods", "alan-woods")
      const reason = await product("spec-reason-in-revolt")
      const first = await upsert(reason.id, {
        details: { subtitle: "First" },
        contributors: [{ contributor_id: grant, role: "author" }],
        formats: [{ variant_id: variant(reason, "Paperback"), format: "paperback", pages: 440 }],
      })
      const second = await upsert(reason.id, {
        details: { publishing_status: "postponed", language: "ger" },
        contributors: [
          { contributor_id: woods, role: "author" },
          { contributor_id: grant, role: "author" },
          { contributor_id: woods, role: "introduction" },
        ],
        formats: [
          { variant_id: variant(reason, "Paperback"), format: "paperback", pages: 456 },
          { variant_id: variant(reason, "Ebook"), format: "ebook" },
        ],
      })
      expect(second.status).toBe(200)
      expect(second.data.book).toMatchObject({ id: first.data.book?.id, subtitle: "First", publishing_status: "postponed", language: "ger" })
      expect(second.data.book?.contributors.map((c) => [c.handle, c.role, c.position])).toEqual([
        ["alan-woods", "author", 0],
        ["ted-grant", "author", 1],
        ["alan-woods", "introduction", 2],
      ])
      const paperbackFormat = first.data.book?.formats[0]?.id
      expect(second.data.book?.formats.map((f) => [f.variant_title, f.format, f.pages])).toEqual(
        expect.arrayContaining([
          ["Paperback", "paperback", 456],
          ["Ebook", "ebook", null],
        ])
      )
      expect(second.data.book?.formats.find((f) => f.variant_title === "Paperback")?.id).toBe(paperbackFormat)
      const service = getContainer().resolve<BookModuleService>(BOOK_MODULE)
      expect(await service.listContributions({ book_id: first.data.book?.id })).toHaveLength(3)
    })

    it("rolls back the earlier steps when a later one fails: an existing book keeps its details, credits and formats", async () => {
      const grant = await contributor("Ted Grant", "ted-grant")
      const reason = await product("spec-reason-in-revolt")
      await upsert(reason.id, {
        details: { subtitle: "Before", edition: "1st" },
        contributors: [{ contributor_id: grant, role: "author" }],
        formats: [{ variant_id: variant(reason, "Paperback"), format: "paperback", pages: 440 }],
      })
      const before = await readBook(reason.id)
      const failed = await upsert(reason.id, {
        details: { subtitle: "After", edition: "2nd", publishing_status: "cancelled" },
        contributors: [
          { contributor_id: grant, role: "editor" },
          { contributor_id: "contrib_does_not_exist", role: "author" },
        ],
        formats: [
          { variant_id: variant(reason, "Paperback"), format: "hardback", pages: 1 },
          { variant_id: variant(reason, "Ebook"), format: "ebook" },
        ],
      })
      expect(failed.status).toBe(400)
      expect(failed.data.message).toBe('contributors[1].contributor_id: no contributor with id "contrib_does_not_exist"')
      expect(await readBook(reason.id)).toEqual(before)
    })

    it("rolls back a first upsert completely: no book, no link, no contributions", async () => {
      const woods = await contributor("Alan Woods", "alan-woods")
      const bolshevism = await product("spec-bolshevism")
      const service = getContainer().resolve<BookModuleService>(BOOK_MODULE)
      const books = (await service.listBooks({}, { withDeleted: true })).length
      const credits = (await service.listContributions({}, { withDeleted: true })).length
      const failed = await upsert(bolshevism.id, {
        details: { subtitle: "The Road to Revolution" },
        contributors: [
          { contributor_id: woods, role: "author" },
          { contributor_id: "contrib_does_not_exist", role: "editor" },
        ],
      })
      expect(failed.status).toBe(400)
      expect(await readBook(bolshevism.id)).toBeNull()
      expect((await service.listBooks({}, { withDeleted: true })).length).toBe(books)
      expect((await service.listContributions({}, { withDeleted: true })).length).toBe(credits)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["book.id"], filters: { id: bolshevism.id } })
      expect(data[0]?.book ?? null).toBeNull()
    })

    it("refuses bad bodies with a 400 naming the field, and changes nothing", async () => {
      const reason = await product("spec-reason-in-revolt")
      const bolshevism = await product("spec-bolshevism")
      const cases: [object, RegExp][] = [
        [{}, /contributors/],
        [{ contributors: [{ contributor_id: "c", role: "writer" }] }, /contributors\[\]\.role/],
        [{ contributors: [], details: { publication_date: "last spring" } }, /details\.publication_date/],
        [{ contributors: [], details: { publishing_status: "out of print" } }, /details\.publishing_status/],
        [{ contributors: [], details: { language: "English" } }, /details\.language/],
        [{ contributors: [], details: { isbn: "9780306406157" } }, /isbn/],
        [{ contributors: [], formats: [{ variant_id: variant(reason, "Paperback"), format: "audiobook" }] }, /formats\[\]\.format/],
        [{ contributors: [], formats: [{ variant_id: variant(reason, "Paperback"), format: "paperback", pages: -3 }] }, /pages/],
        [
          { contributors: [], formats: [{ variant_id: variant(bolshevism, "Hardback"), format: "hardback" }] },
          /formats\[0\]\.variant_id: "[^"]+" is not a variant of "Reason in Revolt \(suite copy\)"/,
        ],
        [
          { contributors: [{ contributor_id: "c1", role: "author" }, { contributor_id: "c1", role: "author" }] },
          /contributors\[1\]: contributor "c1" is already listed as author/,
        ],
      ]
      for (const [body, message] of cases) {
        const { status, data } = await upsert(reason.id, body)
        expect({ body, status }).toEqual({ body, status: 400 })
        expect(data.message).toMatch(message)
      }
      expect(await readBook(reason.id)).toBeNull()
    })

    it("answers 404 with a message for an unknown product, and null for a product without book details", async () => {
      const missingGet = await api.get<Answer<object>>("/admin/products/prod_missing/book", admin)
      const missingPost = await upsert("prod_missing", { contributors: [] })
      for (const { status, data } of [missingGet, missingPost]) {
        expect(status).toBe(404)
        expect(data.message).toBe('No product with id "prod_missing"')
      }
      const reason = await product("spec-reason-in-revolt")
      const { status, data } = await api.get<{ book: null }>(`/admin/products/${reason.id}/book`, admin)
      expect({ status, book: data.book }).toEqual({ status: 200, book: null })
    })
  },
})
