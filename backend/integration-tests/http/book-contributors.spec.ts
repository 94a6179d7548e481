import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { storeSession } from "../helpers/store"

jest.setTimeout(120_000)

type Contributor = { id: string; name: string; handle: string; bio: string | null; photo_url: string | null }
type Answer<T> = Partial<T> & { message?: string }
type Product = { id: string; title: string; handle: string; variants: { id: string; title: string }[] }

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as Api
    let admin: AdminRequest

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer())
    })

    const create = (body: object) => api.post<Answer<{ contributor: Contributor }>>("/admin/contributors", body, admin)
    const createOk = async (body: object): Promise<Contributor> => {
      const { status, data } = await create(body)
      expect({ status, message: data.message }).toEqual({ status: 201, message: undefined })
      return data.contributor as Contributor
    }
    const productByHandle = async (handle: string): Promise<Product> => {
      const { data } = await api.get<{ products: Product[] }>(
        `/admin/products?handle=${handle}&fields=id,title,handle,variants.id,variants.title`,
        admin
      )
      const product = data.products[0]
      if (!product) throw new Error(`no product ${handle}`)
      return product
    }
    const credit = (productId: string, contributorId: string, role = "author") =>
      api.post(`/admin/products/${productId}/book`, { contributors: [{ contributor_id: contributorId, role }] }, admin)

    describe("admin contributors", () => {
      it("creates a contributor whose handle is the slug of the name, and reads it back", async () => {
        const created = await createOk({ name: "Eugen Dühring", bio: "Target of Engels's polemic." })
        expect(created).toMatchObject({ name: "Eugen Dühring", handle: "eugen-duhring", bio: "Target of Engels's polemic." })
        const { status, data } = await api.get<{ contributor: Contributor }>(`/admin/contributors/${created.id}`, admin)
        expect(status).toBe(200)
        expect(data.contributor).toMatchObject({ id: created.id, handle: "eugen-duhring", photo_url: null })
      })

      it("lists contributors with q, limit and offset, and counts them", async () => {
        for (const name of ["Eleanor Marx", "Clara Zetkin", "Franz Mehring"]) await createOk({ name })
        const { data: search } = await api.get<{ contributors: Contributor[]; count: number }>(
          "/admin/contributors?q=zetkin",
          admin
        )
        expect(search.contributors.map((c) => c.name)).toEqual(["Clara Zetkin"])
        const { data: all } = await api.get<{ count: number }>("/admin/contributors", admin)
        const { data: page } = await api.get<{ contributors: Contributor[]; count: number; limit: number; offset: number }>(
          "/admin/contributors?limit=1&offset=1",
          admin
        )
        expect(page).toMatchObject({ count: all.count, limit: 1, offset: 1 })
        expect(page.contributors).toHaveLength(1)
      })

      it("updates a contributor; renaming keeps the handle unless a new one is given", async () => {
        const created = await createOk({ name: "Clara Zetkin" })
        const url = `/admin/contributors/${created.id}`
        const renamed = await api.post<{ contributor: Contributor }>(url, { name: "Clara Eißner Zetkin", bio: "Editor of Die Gleichheit." }, admin)
        expect(renamed.status).toBe(200)
        expect(renamed.data.contributor).toMatchObject({ name: "Clara Eißner Zetkin", handle: "clara-zetkin" })
        const rehandled = await api.post<{ contributor: Contributor }>(url, { handle: "clara-eissner-zetkin" }, admin)
        expect(rehandled.data.contributor).toMatchObject({ handle: "clara-eissner-zetkin", bio: "Editor of Die Gleichheit." })
      })

      it("refuses a handle another contributor has, on create and on update, with a 400 naming it", async () => {
        const marx = await createOk({ name: "Eleanor Marx" })
        const other = await createOk({ name: "Eleanor Marx-Aveling" })
        const duplicate = await create({ name: "Eleanor Marx" })
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/handle "eleanor-marx" is already used by the contributor Eleanor Marx/)
        const taken = await api.post<Answer<object>>(`/admin/contributors/${other.id}`, { handle: marx.handle }, admin)
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/"eleanor-marx" is already used/)
        const { data } = await api.get<{ contributor: Contributor }>(`/admin/contributors/${other.id}`, admin)
        expect(data.contributor.handle).toBe("eleanor-marx-aveling")
      })

      it("refuses bad bodies and queries with a 400 naming the field", async () => {
        const cases: [object, RegExp][] = [
          [{}, /name/],
          [{ name: "  " }, /name/],
          [{ name: "Karl Kautsky", handle: "Karl Kautsky" }, /handle/],
          [{ name: "Karl Kautsky", photo_url: "not a url" }, /photo_url/],
          [{ name: "Karl Kautsky", nickname: "Pope" }, /nickname/],
        ]
        for (const [body, field] of cases) {
          const { status, data } = await create(body)
          expect({ body, status }).toEqual({ body, status: 400 })
          expect(data.message).toMatch(field)
        }
        const update = await api.post<Answer<object>>("/admin/contributors/contrib_any", { name: 42 }, admin)
        expect(update.status).toBe(400)
        expect(update.data.message).toMatch(/name/)
        for (const [params, field] of [["limit=many", /limit/], ["offset=-1", /offset/]] as const) {
          const list = await api.get<Answer<object>>(`/admin/contributors?${params}`, admin)
          expect({ params, status: list.status }).toEqual({ params, status: 400 })
          expect(list.data.message).toMatch(field)
        }
      })

      it("answers 404 with a message for unknown ids", async () => {
        for (const call of [
          api.get<Answer<object>>("/admin/contributors/contrib_missing", admin),
          api.post<Answer<object>>("/admin/contributors/contrib_missing", { name: "Nobody" }, admin),
          api.delete<Answer<object>>("/admin/contributors/contrib_missing", admin),
        ]) {
          const { status, data } = await call
          expect(status).toBe(404)
          expect(data.message).toBe('No contributor with id "contrib_missing"')
        }
      })

      it("deletes a contributor without credits, after which the handle is free again", async () => {
        const created = await createOk({ name: "Franz Mehring" })
        const deleted = await api.delete<{ id: string; deleted: boolean }>(`/admin/contributors/${created.id}`, admin)
        expect(deleted.data).toMatchObject({ id: created.id, deleted: true })
        expect((await api.get(`/admin/contributors/${created.id}`, admin)).status).toBe(404)
        expect((await createOk({ name: "Franz Mehring" })).handle).toBe("franz-mehring")
      })

      it("refuses to delete a contributor still credited on a book, naming it, and changes nothing", async () => {
        const created = await createOk({ name: "Franz Mehring" })
        const product = await productByHandle("bolshevism")
        expect((await credit(product.id, created.id, "introduction")).status).toBe(200)
        const refused = await api.delete<Answer<object>>(`/admin/contributors/${created.id}`, admin)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(`Cannot delete Franz Mehring: still credited on "${product.title}". Remove those credits first.`)
        expect((await api.get(`/admin/contributors/${created.id}`, admin)).status).toBe(200)
        const { data } = await api.get<{ book: { contributors: { contributor_id: string }[] } }>(`/admin/products/${product.id}/book`, admin)
        expect(data.book.contributors.map((c) => c.contributor_id)).toEqual([created.id])
      })

      it("lets a contributor go once the only book crediting them is deleted with its product", async () => {
        const created = await createOk({ name: "Karl Kautsky" })
        const { data } = await api.post<{ product: { id: string } }>(
          "/admin/products",
          { title: "The Road to Power", options: [{ title: "Format", values: ["Paperback"] }] },
          admin
        )
        expect((await credit(data.product.id, created.id)).status).toBe(200)
        expect((await api.delete(`/admin/contributors/${created.id}`, admin)).status).toBe(400)
        expect((await api.delete(`/admin/products/${data.product.id}`, admin)).status).toBe(200)
        expect((await api.delete(`/admin/contributors/${created.id}`, admin)).status).toBe(200)
      })
    })

    describe("store contributors", () => {
      it("shows an author page with the published books of the key's sales channel only", async () => {
        const author = await createOk({ name: "Eleanor Marx", bio: "Translator of Madame Bovary." })
        const published = await productByHandle("bolshevism")
        expect((await credit(published.id, author.id, "translator")).status).toBe(200)
        const { data: draft } = await api.post<{ product: { id: string } }>(
          "/admin/products",
          { title: "Unpublished Manuscript", status: "draft", options: [{ title: "Format", values: ["Paperback"] }] },
          admin
        )
        expect((await credit(draft.product.id, author.id)).status).toBe(200)
        const { data: channel } = await api.post<{ sales_channel: { id: string } }>("/admin/sales-channels", { name: "Elsewhere" }, admin)
        const { data: elsewhere } = await api.post<{ product: { id: string } }>(
          "/admin/products",
          {
            title: "Sold Elsewhere",
            status: "published",
            options: [{ title: "Format", values: ["Paperback"] }],
            sales_channels: [{ id: channel.sales_channel.id }],
          },
          admin
        )
        expect((await credit(elsewhere.product.id, author.id)).status).toBe(200)

        const session = await storeSession(api)
        const { status, data } = await api.get<{ contributor: Contributor & { books: object[] } }>(
          "/store/contributors/eleanor-marx",
          session.headers
        )
        expect(status).toBe(200)
        expect(data.contributor).toEqual({
          id: author.id,
          name: "Eleanor Marx",
          handle: "eleanor-marx",
          bio: "Translator of Madame Bovary.",
          photo_url: null,
          books: [{ product_id: published.id, handle: published.handle, title: published.title, role: "translator" }],
        })
      })

      it("answers 404 for an unknown handle and lists contributors with q", async () => {
        const session = await storeSession(api)
        const missing = await api.get<Answer<object>>("/store/contributors/nobody-at-all", { ...session.headers, validateStatus: () => true })
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe('No author found with handle "nobody-at-all"')

        await createOk({ name: "Clara Zetkin", bio: "Organiser of International Women's Day." })
        const { data } = await api.get<{ contributors: object[]; count: number }>("/store/contributors?q=zetkin", session.headers)
        expect(data.contributors).toEqual([
          expect.objectContaining({ name: "Clara Zetkin", handle: "clara-zetkin", bio: "Organiser of International Women's Day." }),
        ])
        const bad = await api.get<Answer<object>>("/store/contributors?offset=-1", { ...session.headers, validateStatus: () => true })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/offset/)
      })
    })
  },
})
