import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import seed from "../../src/scripts/seed"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"

jest.setTimeout(120_000)

type Answer<T> = Partial<T> & { message?: string }
type Variant = { id: string; title: string; ean: string | null }
type Product = { id: string; title: string; handle: string; variants: Variant[] }

const INVALID = "9780000000001"
const FREE_A = "9780306406157"
const FREE_B = "9781999990985"

const printVariant = (title: string, ean: string) => ({
  title,
  ean,
  manage_inventory: false,
  options: { Format: title },
  prices: [{ currency_code: "gbp", amount: 12.99 }],
})

const newProduct = (title: string, variants: ReturnType<typeof printVariant>[]) => ({
  title,
  handle: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  options: [{ title: "Format", values: ["Paperback", "Hardback", "Ebook"] }],
  variants,
})

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as Api
    let admin: AdminRequest

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer())
    })

    const productByHandle = async (handle: string): Promise<Product | undefined> => {
      const { data } = await api.get<{ products: Product[] }>(
        `/admin/products?handle=${handle}&fields=id,title,handle,variants.id,variants.title,variants.ean`,
        admin
      )
      return data.products[0]
    }
    const seeded = async (handle: string): Promise<Product> => {
      const product = await productByHandle(handle)
      if (!product) throw new Error(`no product ${handle}`)
      return product
    }
    /** Every variant row with this ean, soft-deleted ones included. */
    const variantsWithEan = async (ean: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { ean }, withDeleted: true })
      return data.length
    }
    const eansOf = (product: Product | undefined) => (product?.variants ?? []).map((v) => [v.title, v.ean]).sort()

    it("refuses a new product whose variant has an invalid ISBN-13, and writes nothing", async () => {
      const { status, data } = await api.post<Answer<object>>(
        "/admin/products",
        newProduct("Reason in Revolt Test", [printVariant("Paperback", INVALID)]),
        admin
      )
      expect(status).toBe(400)
      expect(data.message).toBe(`Variant "Paperback" of "Reason in Revolt Test" has an invalid ISBN-13: ${INVALID}`)
      expect(await productByHandle("reason-in-revolt-test")).toBeUndefined()
      expect(await variantsWithEan(INVALID)).toBe(0)
    })

    it("refuses an ISBN-13 another variant has, naming that variant, and writes nothing", async () => {
      const bolshevism = await seeded("bolshevism")
      const taken = bolshevism.variants.find((v) => v.ean) as Variant
      const { status, data } = await api.post<Answer<object>>(
        "/admin/products",
        newProduct("Duplicate Test", [printVariant("Paperback", FREE_A), printVariant("Ebook", taken.ean as string)]),
        admin
      )
      expect(status).toBe(400)
      expect(data.message).toBe(
        `Variant "Ebook" of "Duplicate Test": ISBN-13 ${taken.ean} is already used by variant "${taken.title}" of "${bolshevism.title}"`
      )
      expect(await productByHandle("duplicate-test")).toBeUndefined()
      expect(await variantsWithEan(FREE_A)).toBe(0)
    })

    it("refuses the same ISBN-13 twice in one request", async () => {
      const { status, data } = await api.post<Answer<object>>(
        "/admin/products",
        newProduct("Twice Test", [printVariant("Paperback", FREE_A), printVariant("Hardback", FREE_A)]),
        admin
      )
      expect(status).toBe(400)
      expect(data.message).toMatch(/Variant "Hardback" of "Twice Test": ISBN-13 9780306406157 is already used by variant "Paperback" of "Twice Test"/)
      expect(await productByHandle("twice-test")).toBeUndefined()
    })

    it("refuses invalid and taken ISBNs on every admin route that updates variants, keeping the old ones", async () => {
      const reason = await seeded("reason-in-revolt")
      const other = (await seeded("bolshevism")).variants.find((v) => v.ean) as Variant
      const paperback = reason.variants.find((v) => v.title === "Paperback") as Variant
      const before = eansOf(reason)
      const attempts: [string, object, string][] = [
        [`/admin/products/${reason.id}/variants/${paperback.id}`, { ean: INVALID }, "has an invalid ISBN-13"],
        [`/admin/products/${reason.id}/variants/${paperback.id}`, { ean: other.ean as string }, "is already used by"],
        [`/admin/products/${reason.id}`, { variants: [{ id: paperback.id, ean: INVALID }] }, "has an invalid ISBN-13"],
        [`/admin/products/${reason.id}`, { title: "Renamed", variants: [{ id: paperback.id, ean: other.ean as string }] }, "is already used by"],
        [`/admin/products/${reason.id}/variants/batch`, { update: [{ id: paperback.id, ean: INVALID }] }, "has an invalid ISBN-13"],
        [`/admin/products/${reason.id}/variants/batch`, { create: [printVariant("Hardback", INVALID)] }, "has an invalid ISBN-13"],
        [`/admin/products/${reason.id}/variants`, printVariant("Hardback", INVALID), "has an invalid ISBN-13"],
        ["/admin/products/batch", { update: [{ id: reason.id, variants: [{ id: paperback.id, ean: INVALID }] }] }, "has an invalid ISBN-13"],
      ]
      for (const [url, body, message] of attempts) {
        const { status, data } = await api.post<Answer<object>>(url, body, admin)
        expect({ url, body, status }).toEqual({ url, body, status: 400 })
        expect(data.message).toContain(message)
        const after = await seeded("reason-in-revolt")
        expect({ url, title: after.title, eans: eansOf(after) }).toEqual({ url, title: reason.title, eans: before })
      }
    })

    it("accepts valid, unused ISBN-13s on create and update", async () => {
      const created = await api.post<{ product: Product }>(
        "/admin/products",
        newProduct("Valid Test", [printVariant("Paperback", FREE_A)]),
        admin
      )
      expect(created.status).toBe(200)
      const paperback = created.data.product.variants[0] as Variant
      expect(paperback.ean).toBe(FREE_A)
      const updated = await api.post<{ product: Product }>(
        `/admin/products/${created.data.product.id}/variants/${paperback.id}`,
        { ean: FREE_B },
        admin
      )
      expect(updated.status).toBe(200)
      expect(eansOf(await productByHandle("valid-test"))).toEqual([["Paperback", FREE_B]])
      const unchanged = await api.post(`/admin/products/${created.data.product.id}/variants/${paperback.id}`, { ean: FREE_B }, admin)
      expect(unchanged.status).toBe(200)
    })

    it("enforces the rule below the HTTP layer too: the core workflows fail and roll back", async () => {
      const container = getContainer()
      await expect(
        createProductsWorkflow(container).run({ input: { products: [newProduct("Workflow Test", [printVariant("Paperback", INVALID)])] } })
      ).rejects.toMatchObject({ message: `Variant "Paperback" of "Workflow Test" has an invalid ISBN-13: ${INVALID}` })
      expect(await productByHandle("workflow-test")).toBeUndefined()
      expect(await variantsWithEan(INVALID)).toBe(0)

      const reason = await seeded("reason-in-revolt")
      const paperback = reason.variants.find((v) => v.title === "Paperback") as Variant
      await expect(
        updateProductVariantsWorkflow(container).run({
          input: { selector: { id: paperback.id }, update: { ean: INVALID } },
        })
      ).rejects.toMatchObject({ message: expect.stringContaining("has an invalid ISBN-13") })
      expect(eansOf(await seeded("reason-in-revolt"))).toEqual(eansOf(reason))
    })
  },
})
