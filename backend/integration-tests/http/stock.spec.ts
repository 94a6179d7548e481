import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { PREORDER_MODULE } from "../../src/modules/preorder"
import type PreorderModuleService from "../../src/modules/preorder/service"
import { TITLES } from "../../src/scripts/seed/titles"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { reconcile, variantBySku } from "../lib/checkout"

jest.setTimeout(300_000)

const lenin = TITLES.find((t) => t.title === "In Defence of Lenin")?.formats.find((f) => f.format === "Paperback")
const stocked = TITLES.flatMap((t) => t.formats).find((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0)
if (!lenin || !stocked) throw new Error("demo catalogue changed")

async function london(container: MedusaContainer) {
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: "London warehouse" })
  if (!location) throw new Error("no London warehouse")
  return location.id
}

type Movement = { kind: string; quantity: number; reference: string | null; reason: string | null; actor_email: string | null; created_at: string }

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as unknown as Api
    let admin: AdminRequest
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer(), "stock-suite@bookshop.test")
    })

    it("goods-in raises stock, keeps an audit entry and allocates waiting pre-orders oldest first", async () => {
      const container = getContainer()
      const variant = await variantBySku(container, lenin.isbn)
      const preorders = container.resolve<PreorderModuleService>(PREORDER_MODULE)
      const t = Date.now() - 60_000
      await preorders.createPreorderLines(
        [0, 1, 2].map((i) => ({ order_id: `order_${i}`, line_item_id: `item_${i}`, variant_id: variant.id, quantity: 1, created_at: new Date(t + i * 1000) }))
      )
      const locationId = await london(container)

      const res = await api.post<{ allocations: { allocated_lines: number; still_pending: number }[] }>(
        `/admin/variants/${variant.id}/stock`,
        { kind: "goods_in", location_id: locationId, quantity: 2, reference: "DN-2027-001" },
        admin
      )
      expect(res.status).toBe(200)
      expect(res.data.allocations).toEqual([expect.objectContaining({ allocated_lines: 2, still_pending: 1 })])
      const lines = await preorders.listPreorderLines({ variant_id: variant.id }, { order: { created_at: "ASC" } })
      expect(lines.map((l) => [l.line_item_id, l.status])).toEqual([["item_0", "allocated"], ["item_1", "allocated"], ["item_2", "pending"]])
      expect((await reconcile(container, variant.id, variant.inventoryItemId)).stocked).toBe(2)

      const { data } = await api.get<{ movements: Movement[]; stock: { title: string; threshold: number; levels: { location_id: string; stocked: number; reserved: number }[] } }>(
        `/admin/variants/${variant.id}/stock`,
        admin
      )
      expect(data.movements).toEqual([
        expect.objectContaining({ kind: "goods_in", quantity: 2, reference: "DN-2027-001", actor_email: "stock-suite@bookshop.test" }),
      ])
      // The page's "stock now": the copies at the receiving location, the default threshold.
      expect(data.stock.title).toMatch(/In Defence of Lenin/)
      expect(data.stock.threshold).toBe(5)
      expect(data.stock.levels.find((l) => l.location_id === locationId)).toMatchObject({ stocked: 2 })
      const unknown = await api.get<{ message: string }>(`/admin/variants/variant_missing/stock`, { ...admin, validateStatus: () => true })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("Variant variant_missing was not found")
    })

    it("adjusts with a reason, refuses bad movements with a 400 and leaves stock and audit untouched", async () => {
      const container = getContainer()
      const variant = await variantBySku(container, stocked.isbn)
      const locationId = await london(container)
      const before = await reconcile(container, variant.id, variant.inventoryItemId)

      const bad = [
        { kind: "goods_in", location_id: locationId, quantity: 0, reference: "DN" },
        { kind: "goods_in", location_id: locationId, quantity: -4, reference: "DN" },
        { kind: "goods_in", location_id: locationId, quantity: 3, reference: " " },
        { kind: "adjustment", location_id: locationId, quantity: -1, reason: "" },
        { kind: "adjustment", location_id: locationId, quantity: -100_000, reason: "typo" },
        { kind: "adjustment", location_id: locationId, quantity: 2 },
        { kind: "stolen", location_id: locationId, quantity: 2 },
      ]
      for (const body of bad) {
        const res = await api.post<{ message: string }>(`/admin/variants/${variant.id}/stock`, body, admin)
        expect([res.status, body]).toEqual([400, body])
        expect(res.data.message.length).toBeGreaterThan(0)
      }
      expect(await reconcile(container, variant.id, variant.inventoryItemId)).toEqual(before)

      const ok = await api.post(`/admin/variants/${variant.id}/stock`, { kind: "adjustment", location_id: locationId, quantity: -3, reason: "Water damage" }, admin)
      expect(ok.status).toBe(200)
      expect((await reconcile(container, variant.id, variant.inventoryItemId)).stocked).toBe(before.stocked - 3)
      const { data } = await api.get<{ movements: Movement[] }>(`/admin/variants/${variant.id}/stock`, admin)
      expect(data.movements).toEqual([expect.objectContaining({ kind: "adjustment", quantity: -3, reason: "Water damage" })])
    })

    it("lists low stock against each variant's threshold (default 5)", async () => {
      const container = getContainer()
      const variant = await variantBySku(container, stocked.isbn)
      const low = async () => (await api.get<{ variants: { variant_id: string; available: number; threshold: number }[] }>("/admin/stock/low", admin)).data.variants
      // The forthcoming title has no copies: low. The well-stocked paperback is not.
      const lp = await variantBySku(container, lenin.isbn)
      expect((await low()).map((v) => v.variant_id)).toContain(lp.id)
      expect((await low()).map((v) => v.variant_id)).not.toContain(variant.id)

      const available = (await reconcile(container, variant.id, variant.inventoryItemId)).stocked
      const set = await api.post(`/admin/variants/${variant.id}/stock/threshold`, { threshold: available }, admin)
      expect(set.status).toBe(200)
      expect((await low()).find((v) => v.variant_id === variant.id)).toMatchObject({ available, threshold: available })
      expect((await api.post(`/admin/variants/${variant.id}/stock/threshold`, { threshold: -1 }, admin)).status).toBe(400)
    })
  },
})
