import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import seed from "../../src/scripts/seed"
import { bookInRegion, placeOrder, regionFor, storeSession } from "../helpers/store"

jest.setTimeout(180_000)

// The production module set: event bus, workflow engine, caching and locking on a real
// Redis (REDIS_URL, started by `npm test` on 127.0.0.1), then a reader places an order.
const redisUrl = process.env.REDIS_URL
if (!redisUrl) throw new Error("REDIS_URL must point at a running Redis for this suite (npm test starts one)")

medusaIntegrationTestRunner({
  env: { REDIS_URL: redisUrl, ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
    })

    it("takes stock locks in Redis, where every backend process sees them", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const redis = new Redis(redisUrl)
      try {
        await locking.acquire("redis-suite-probe", { ownerId: "suite", expire: 30 })
        expect(await redis.keys("*redis-suite-probe*")).toHaveLength(1)
        // A second owner cannot take the same lock while it is held.
        await expect(
          locking.acquire("redis-suite-probe", { ownerId: "someone-else", expire: 30 })
        ).rejects.toThrow()
        await locking.release("redis-suite-probe", { ownerId: "suite" })
        expect(await redis.keys("*redis-suite-probe*")).toHaveLength(0)
      } finally {
        redis.disconnect()
      }
    })

    it("places an order end to end and leaves its traces in Redis", async () => {
      const session = await storeSession(api)
      const region = await regionFor(session, "gbp")
      const { data } = await api.get("/store/products?limit=1&fields=handle", session.headers)
      const book = await bookInRegion(session, data.products[0].handle, region.id)
      const variant = book.variants[0]
      if (!variant) throw new Error("seeded book has no variant")

      const result = await placeOrder(session, { regionId: region.id, countryCode: "gb", variantId: variant.id })
      expect(result.type).toBe("order")
      expect(result.order?.display_id).toBeGreaterThan(0)
      expect(result.order?.currency_code).toBe("gbp")

      // The order's events went through the Redis event bus, its workflow through the
      // Redis workflow engine, and the store reads through the Redis cache.
      const redis = new Redis(redisUrl)
      try {
        const keys = await redis.keys("*")
        expect(keys.some((key) => key.startsWith("RedisEventBusService:events-queue"))).toBe(true)
        expect(keys.some((key) => key.startsWith("bull:medusa-workflows"))).toBe(true)
        expect(keys.some((key) => key.startsWith("mc:"))).toBe(true)
      } finally {
        redis.disconnect()
      }
    })
  },
})
