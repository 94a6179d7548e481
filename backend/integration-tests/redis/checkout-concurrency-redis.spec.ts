import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import { TITLES } from "../../src/scripts/seed/titles"
import { completeCart, gbShop, inBatches, prepareCart, setStock, variantBySku } from "../lib/checkout"
import { expectSoldExactly } from "./race"

// Fifty carts through the store API before the race: minutes on a busy 2-core machine.
jest.setTimeout(900_000)

// The checkout race of http/checkout-concurrency.spec.ts with the production module set: the
// per-variant stock locks live in Redis (locking-redis), where every backend process sees them.
// One backend process here; checkout-two-processes.spec.ts runs the same race across two processes.
const redisUrl = process.env.REDIS_URL
if (!redisUrl) throw new Error("REDIS_URL must point at a running Redis for this suite (npm test starts one)")

const BUYERS = 50
const COPIES = 5
const paperback = TITLES.flatMap((t) => t.formats).find((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0)
if (!paperback) throw new Error("the demo catalogue has no stocked paperback")

medusaIntegrationTestRunner({
  env: { REDIS_URL: redisUrl, ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
    })

    it(`${BUYERS} parallel checkouts for ${COPIES} copies with locks in Redis: exactly ${COPIES} orders, no lock left behind`, async () => {
      const container = getContainer()
      const variant = await variantBySku(container, paperback.isbn)
      await setStock(container, variant.inventoryItemId, COPIES)
      const shop = await gbShop(api)
      const carts = await inBatches(Array.from({ length: BUYERS }), 6, (_, i) =>
        prepareCart(shop, [{ variantId: variant.id }], `redis-buyer-${i}@example.com`)
      )
      const results = await Promise.all(carts.map((id) => completeCart(shop, id)))
      const orders = results.filter((r) => r.orderId)
      const refused = results.filter((r) => !r.orderId)
      const busy = refused.filter((r) => r.status === 409)
      console.info(
        `checkout race on Redis: ${orders.length} orders, ${refused.length - busy.length} sold out, ${busy.length} told to retry (409: ${[...new Set(busy.map((r) => r.message))].join(" | ")})`
      )
      await expectSoldExactly({ results, copies: COPIES, container, variant, redisUrl })
    })
  },
})
