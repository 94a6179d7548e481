import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import seed from "../../src/scripts/seed"
import { STOREFRONT_KEY_TITLE } from "../../src/lib/storefront-key"
import { TITLES } from "../../src/scripts/seed/titles"
import { bookInRegion, regionFor, storeSession } from "../helpers/store"

jest.setTimeout(120_000)

const runSeed = (container: MedusaContainer) => seed({ container, args: [] })

async function counts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  return {
    regions: await count("region"),
    products: await count("product"),
    variants: await count("product_variant"),
    locations: await count("stock_location"),
    shippingOptions: await count("shipping_option"),
    apiKeys: await count("api_key"),
    users: await count("user"),
    contributors: await count("contributor"),
    collections: await count("product_collection"),
    categories: await count("product_category"),
  }
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await runSeed(getContainer())
    })

    it("seeds the shop once: a second run creates nothing new", async () => {
      const before = await counts(getContainer())
      expect(before.regions).toBe(7)
      expect(before.locations).toBe(2)
      expect(before.products).toBe(TITLES.length)
      expect(before.users).toBe(1)
      await runSeed(getContainer())
      expect(await counts(getContainer())).toEqual(before)
    })

    it("lets the storefront discover its publishable key without configuration", async () => {
      const { data, status } = await api.get("/storefront/publishable-key")
      expect(status).toBe(200)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { title: STOREFRONT_KEY_TITLE },
      })
      expect(data.publishable_key).toBe(keys[0]?.token)
    })

    it("prices the same book in pounds for the UK and in dollars for the US", async () => {
      const session = await storeSession(api)
      const gb = await regionFor(session, "gbp")
      const us = await regionFor(session, "usd")
      expect(gb.countries.map((c) => c.iso_2)).toContain("gb")
      expect(us.countries.map((c) => c.iso_2)).toContain("us")

      const { data } = await api.get("/store/products?limit=1&fields=handle", session.headers)
      const handle: string = data.products[0].handle
      const inGb = await bookInRegion(session, handle, gb.id)
      const inUs = await bookInRegion(session, handle, us.id)
      for (const variant of inGb.variants) {
        expect(variant.calculated_price.currency_code).toBe("gbp")
        expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
      }
      for (const variant of inUs.variants) {
        expect(variant.calculated_price.currency_code).toBe("usd")
        expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
      }
    })

    it("prices every seeded book in every region's currency", async () => {
      const session = await storeSession(api)
      const { data } = await api.get("/store/regions", session.headers)
      const currencies = data.regions.map((r: { currency_code: string }) => r.currency_code).sort()
      expect(currencies).toEqual(["aud", "cad", "chf", "eur", "gbp", "sek", "usd"])
      for (const region of data.regions) {
        const { data: listing } = await api.get(
          `/store/products?region_id=${region.id}&fields=handle,*variants.calculated_price&limit=50`,
          session.headers
        )
        for (const product of listing.products) {
          for (const variant of product.variants) {
            expect({ handle: product.handle, currency: variant.calculated_price?.currency_code }).toEqual({
              handle: product.handle,
              currency: region.currency_code,
            })
          }
        }
      }
    })

    it("lets the seeded admin log in and see the same books as readers", async () => {
      const { data: auth } = await api.post("/auth/user/emailpass", {
        email: "admin@bookshop.test",
        password: "integration-test-password",
      })
      const admin = { headers: { authorization: `Bearer ${auth.token}` } }
      const { data: adminProducts } = await api.get("/admin/products?fields=handle&limit=100", admin)
      const session = await storeSession(api)
      const { data: storeProducts } = await api.get("/store/products?fields=handle&limit=100", session.headers)
      const handles = (list: { handle: string }[]) => list.map((p) => p.handle).sort()
      expect(handles(adminProducts.products)).toEqual(handles(storeProducts.products))
      const wrong = await api
        .post("/auth/user/emailpass", { email: "admin@bookshop.test", password: "wrong" })
        .catch((e: { response: { status: number } }) => e.response)
      expect(wrong.status).toBe(401)
    })

    it("finds books by handle only when published in the storefront's sales channel", async () => {
      const container = getContainer()
      const session = await storeSession(api)
      const byHandle = async (query: string) => {
        const { data, status } = await api.get(`/store/products?fields=handle&${query}`, session.headers)
        expect(status).toBe(200)
        return (data.products as { handle: string }[]).map((p) => p.handle).sort()
      }
      const { data: listed } = await api.get("/store/products?fields=handle&limit=2", session.headers)
      const [a, b] = (listed.products as { handle: string }[]).map((p) => p.handle)
      expect(await byHandle(`handle=${a}`)).toEqual([a])
      expect(await byHandle(`handle[]=${a}&handle[]=${b}`)).toEqual([a, b].sort())
      expect(await byHandle("handle=no-such-book")).toEqual([])

      // A product outside the storefront's channel, and a draft inside it, stay invisible by handle.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
      const { data: keyLinks } = await query.graph({ entity: "api_key", fields: ["sales_channels.id"], filters: { title: STOREFRONT_KEY_TITLE } })
      const shopChannel = (keyLinks[0] as { sales_channels: { id: string }[] }).sales_channels[0]?.id
      const otherChannel = (channels as { id: string }[]).find((c) => c.id !== shopChannel)?.id
      expect(shopChannel).toBeDefined()
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            { title: "Elsewhere", handle: "sold-elsewhere", status: "published", options: [{ title: "Format", values: ["Paperback"] }], sales_channels: otherChannel ? [{ id: otherChannel }] : [] },
            { title: "Not yet", handle: "draft-in-shop", status: "draft", options: [{ title: "Format", values: ["Paperback"] }], sales_channels: [{ id: shopChannel as string }] },
          ],
        },
      })
      expect(result).toHaveLength(2)
      expect(await byHandle("handle=sold-elsewhere")).toEqual([])
      expect(await byHandle("handle=draft-in-shop")).toEqual([])
      expect(await byHandle(`handle[]=sold-elsewhere&handle[]=${a}`)).toEqual([a])
    })

    it("refuses store requests without a publishable key with a clear 4xx", async () => {
      const error = await api.get("/store/products").catch((e: { response: unknown }) => e.response)
      expect(error.status).toBe(400)
      expect(JSON.stringify(error.data)).toMatch(/publishable/i)
    })
  },
})
