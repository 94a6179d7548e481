import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { completeCart, gbShop, inBatches, prepareCart, reconcile, setStock, variantBySku } from "../lib/checkout"
import { TITLES } from "../../src/scripts/seed/titles"

// Fifty carts go through the store API one request at a time before the race: minutes on a
// busy 2-core machine.
jest.setTimeout(900_000)

const BUYERS = 50
const COPIES = 5

// A stocked paperback of the demo catalogue.
const paperback = TITLES.flatMap((t) => t.formats).find((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0)
if (!paperback) throw new Error("the demo catalogue has no stocked paperback")

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
    })

    it(`${BUYERS} parallel checkouts for ${COPIES} copies: exactly ${COPIES} orders, the rest told "sold out", nothing charged`, async () => {
      const container = getContainer()
      const variant = await variantBySku(container, paperback.isbn)
      await setStock(container, variant.inventoryItemId, COPIES)
      const shop = await gbShop(api)

      const carts = await inBatches(Array.from({ length: BUYERS }), 6, (_, i) =>
        prepareCart(shop, [{ variantId: variant.id }], `buyer-${i}@example.com`)
      )
      const started = Date.now()
      const results = await Promise.all(carts.map((id) => completeCart(shop, id)))
      const elapsed = Date.now() - started

      const orders = results.filter((r) => r.orderId)
      const refused = results.filter((r) => !r.orderId)
      console.info(`checkout race: ${orders.length} orders, ${refused.length} refused, ${elapsed} ms for ${BUYERS} completions`)
      expect(orders).toHaveLength(COPIES)
      expect(refused).toHaveLength(BUYERS - COPIES)
      for (const r of refused) {
        expect(r.status).toBe(400)
        expect(r.message).toMatch(/^Sold out: /)
        expect(r.message).toContain("nothing was charged")
      }

      // The database agrees: five order lines, five copies reserved, nothing oversold.
      const state = await reconcile(container, variant.id, variant.inventoryItemId)
      expect(state).toMatchObject({ stocked: COPIES, reserved: COPIES, reservationQuantity: COPIES, orderLines: COPIES, negativeReserved: false })

      // The refused buyers have no order and no authorized or captured payment.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const refusedCarts = carts.filter((_, i) => !results[i]?.orderId)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id", "cart_id"], filters: { cart_id: refusedCarts } })
      expect(links).toHaveLength(0)
      const { data: cartRows } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "payment_collection.id", "payment_collection.status"],
        filters: { id: refusedCarts },
      })
      const collections = (cartRows as { completed_at: unknown; payment_collection: { id: string; status: string } }[]).map((c) => {
        expect(c.completed_at).toBeNull()
        expect(["not_paid", "awaiting"]).toContain(c.payment_collection.status)
        return c.payment_collection.id
      })
      const { data: withPayments } = await query.graph({
        entity: "payment_collection",
        fields: ["id", "payments.id"],
        filters: { id: collections },
      })
      expect(withPayments).toHaveLength(BUYERS - COPIES)
      expect((withPayments as { payments?: unknown[] }[]).flatMap((c) => c.payments ?? [])).toHaveLength(0)
    })

    it("refuses a cart asking for more copies than are left, naming how many remain", async () => {
      const container = getContainer()
      const variant = await variantBySku(container, paperback.isbn)
      const shop = await gbShop(api)
      const cartId = await prepareCart(shop, [{ variantId: variant.id, quantity: 3 }])
      // Copies went elsewhere while the reader was filling in the address.
      await setStock(container, variant.inventoryItemId, 2)
      const result = await completeCart(shop, cartId)
      expect(result.status).toBe(400)
      expect(result.message).toMatch(/^Sold out: only 2 copies of ".+ \(Paperback\)" left/)
      const state = await reconcile(container, variant.id, variant.inventoryItemId)
      expect(state).toMatchObject({ stocked: 2, reserved: 0, orderLines: 0 })
    })
  },
})
