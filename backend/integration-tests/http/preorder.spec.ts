import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import allocateDuePreorders from "../../src/jobs/allocate-preorders"
import { PREORDER_MODULE } from "../../src/modules/preorder"
import type PreorderModuleService from "../../src/modules/preorder/service"
import { allocatePreordersWorkflow } from "../../src/workflows/preorder/allocate-preorders"
import { TITLES } from "../../src/scripts/seed/titles"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { completeCart, gbShop, prepareCart, reconcile, setStock, variantBySku } from "../lib/checkout"

jest.setTimeout(600_000)

const lenin = TITLES.find((t) => t.title === "In Defence of Lenin")
const leninPaperback = lenin?.formats.find((f) => f.format === "Paperback")
const stockedPaperback = TITLES.flatMap((t) => t.formats).find((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0)
if (!leninPaperback || !stockedPaperback) throw new Error("demo catalogue changed: no Lenin paperback or stocked paperback")

const DAY = 24 * 60 * 60 * 1000
const service = (c: MedusaContainer) => c.resolve<PreorderModuleService>(PREORDER_MODULE)

async function linesOf(container: MedusaContainer, variantId: string) {
  return service(container).listPreorderLines({ variant_id: variantId }, { order: { created_at: "ASC", id: "ASC" }, take: 100 })
}

/** order.placed subscribers run after the response: wait until `n` lines are recorded. */
async function waitForLines(container: MedusaContainer, variantId: string, n: number) {
  const deadline = Date.now() + 30_000
  for (;;) {
    const lines = await linesOf(container, variantId)
    if (lines.length >= n || Date.now() > deadline) return lines
    await new Promise((r) => setTimeout(r, 200))
  }
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as unknown as Api
    let admin: AdminRequest
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer(), "preorder-suite@bookshop.test")
    })

    it("seeds In Defence of Lenin as a pre-order the store shows with its release date", async () => {
      const shop = await gbShop(api)
      const { data } = await api.get<{ products: { variants: { sku: string; allow_backorder: boolean; preorder_terms: { status: string; release_date: string; cap: number | null } | null }[] }[] }>(
        `/store/products?handle=in-defence-of-lenin&region_id=${shop.regionId}&fields=+variants.sku,+variants.allow_backorder,+variants.preorder_terms.*`,
        { headers: shop.headers }
      )
      const variants = data.products[0]?.variants ?? []
      expect(variants).toHaveLength(2)
      for (const v of variants) {
        expect(v.allow_backorder).toBe(true)
        expect(v.preorder_terms).toMatchObject({ status: "open", cap: null })
        expect(Date.parse(v.preorder_terms?.release_date ?? "")).toBeGreaterThan(Date.now())
      }

      // The storefront's own field list (explicit fields of the link, no "+" or "*").
      const explicit = await api.get<{ products: { variants: { preorder_terms: Record<string, unknown> | null }[] }[] }>(
        `/store/products?handle=in-defence-of-lenin&region_id=${shop.regionId}&fields=id,variants.id,+variants.allow_backorder,variants.preorder_terms.status,variants.preorder_terms.release_date`,
        { headers: shop.headers }
      )
      for (const v of explicit.data.products[0]?.variants ?? []) {
        expect(v.preorder_terms).toMatchObject({ status: "open", release_date: expect.any(String) })
      }
      expect(explicit.data.products[0]?.variants).toHaveLength(2)
    })

    it("refuses bad terms with a clear 400 and changes nothing", async () => {
      const container = getContainer()
      const stocked = await variantBySku(container, stockedPaperback.isbn)
      const past = await api.post<{ message: string }>(`/admin/variants/${stocked.id}/preorder`, { release_date: "2020-01-01" }, admin)
      expect(past.status).toBe(400)
      expect(past.data.message).toMatch(/release date .* future/i)
      expect(await service(container).listPreorderTerms({ variant_id: stocked.id })).toHaveLength(0)

      const zero = await api.post<{ message: string }>(`/admin/variants/${stocked.id}/preorder`, { release_date: "2099-01-01", cap: 0 }, admin)
      expect(zero.status).toBe(400)
      expect(zero.data.message).toMatch(/cap/)
      const unknown = await api.post(`/admin/variants/variant_nope/preorder`, { release_date: "2099-01-01" }, admin)
      expect(unknown.status).toBe(404)

      const lp = await variantBySku(container, leninPaperback.isbn)
      const [terms] = await service(container).listPreorderTerms({ variant_id: lp.id })
      await service(container).updatePreorderTerms({ id: terms!.id, claimed_quantity: 4 })
      const low = await api.post<{ message: string }>(`/admin/variants/${lp.id}/preorder`, { release_date: "2099-01-01", cap: 3 }, admin)
      expect(low.status).toBe(400)
      expect(low.data.message).toBe("The cap (3) is below the 4 copies already pre-ordered.")
      const [after] = await service(container).listPreorderTerms({ variant_id: lp.id })
      expect(after).toMatchObject({ cap: null, release_date: terms!.release_date })

      // Opening and closing restore the variant's backorder flag.
      const open = await api.post<{ preorder: { status: string; cap: number } }>(`/admin/variants/${stocked.id}/preorder`, { release_date: "2099-01-01", cap: 10 }, admin)
      expect(open.status).toBe(200)
      expect(open.data.preorder).toMatchObject({ status: "open", cap: 10 })
      const [variantOpen] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: stocked.id })
      expect(variantOpen?.allow_backorder).toBe(true)
      const closed = await api.delete<{ preorder: { status: string } }>(`/admin/variants/${stocked.id}/preorder`, admin)
      expect(closed.data.preorder.status).toBe("closed")
      const [variantClosed] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: stocked.id })
      expect(variantClosed?.allow_backorder).toBe(false)
    })

    it("never takes more pre-orders than the cap, records the rest as pending lines, allocates oldest first as stock arrives", async () => {
      const container = getContainer()
      const lp = await variantBySku(container, leninPaperback.isbn)
      const capped = await api.post(`/admin/variants/${lp.id}/preorder`, { release_date: new Date(Date.now() + 30 * DAY).toISOString(), cap: 3 }, admin)
      expect(capped.status).toBe(200)

      const shop = await gbShop(api)
      const carts: string[] = []
      for (let i = 0; i < 6; i++) carts.push(await prepareCart(shop, [{ variantId: lp.id }], `pre-${i}@example.com`))
      const results = await Promise.all(carts.map((id) => completeCart(shop, id)))
      const orders = results.filter((r) => r.orderId)
      expect(orders).toHaveLength(3)
      for (const r of results.filter((r) => !r.orderId)) {
        expect(r.status).toBe(400)
        expect(r.message).toMatch(/^Pre-orders for "In Defence of Lenin \(Paperback\)" are sold out/)
      }
      const [terms] = await service(container).listPreorderTerms({ variant_id: lp.id })
      expect(terms?.claimed_quantity).toBe(3)

      const lines = await waitForLines(container, lp.id, 3)
      expect(lines.map((l) => l.status)).toEqual(["pending", "pending", "pending"])
      expect(new Set(lines.map((l) => l.order_id))).toEqual(new Set(orders.map((o) => o.orderId)))
      // Each pre-order holds a backordered reservation: nothing is on the shelf yet.
      expect(await reconcile(container, lp.id, lp.inventoryItemId)).toMatchObject({ stocked: 0, reserved: 3, negativeReserved: false })

      // Two copies arrive: the two oldest pre-orders get them, the third waits.
      await setStock(container, lp.inventoryItemId, 2)
      const first = await api.post<{ allocations: { allocated_lines: number; still_pending: number }[] }>("/admin/preorders/allocate", { variant_ids: [lp.id] }, admin)
      expect(first.data.allocations).toEqual([expect.objectContaining({ allocated_lines: 2, still_pending: 1 })])
      const afterFirst = await linesOf(container, lp.id)
      expect(afterFirst.map((l) => l.status)).toEqual(["allocated", "allocated", "pending"])
      expect(afterFirst.map((l) => l.id)).toEqual(lines.map((l) => l.id))

      // Idempotent: running again hands out nothing twice.
      const again = await api.post<{ allocations: { allocated_lines: number }[] }>("/admin/preorders/allocate", { variant_ids: [lp.id] }, admin)
      expect(again.data.allocations[0]?.allocated_lines).toBe(0)

      // The admin summary and per-day chart data agree.
      const detail = await api.get<{ preorder: { lines: Record<string, number>; cap: number }; per_day: { quantity: number }[]; lines: { order_display_id: number }[] }>(`/admin/preorders/${lp.id}`, admin)
      expect(detail.data.preorder).toMatchObject({ cap: 3, lines: { pending: 1, allocated: 2, shipped: 0, cancelled: 0 } })
      expect(detail.data.per_day.reduce((s: number, d: { quantity: number }) => s + d.quantity, 0)).toBe(3)
      expect(detail.data.lines.every((l) => l.order_display_id > 0)).toBe(true)
    })

    it("catches up a missed run: the job allocates every title whose release date has passed, not only today's", async () => {
      const container = getContainer()
      const lp = await variantBySku(container, leninPaperback.isbn)
      const [terms] = await service(container).listPreorderTerms({ variant_id: lp.id })
      // Released three days ago while the server was down; stock arrived meanwhile.
      await service(container).updatePreorderTerms({ id: terms!.id, release_date: new Date(Date.now() - 3 * DAY) })
      await service(container).createPreorderLines(
        [1, 2, 3].map((i) => ({ order_id: `order_missed_${i}`, line_item_id: `item_missed_${i}`, variant_id: lp.id, quantity: 1 }))
      )
      await setStock(container, lp.inventoryItemId, 3)
      await allocateDuePreorders(container)
      expect((await linesOf(container, lp.id)).map((l) => l.status)).toEqual(["allocated", "allocated", "allocated"])
      await allocateDuePreorders(container)
      expect((await linesOf(container, lp.id)).filter((l) => l.status === "allocated")).toHaveLength(3)
    })

    it("allocates 5,000 pending pre-orders oldest first, in pages, within seconds", async () => {
      const container = getContainer()
      const lp = await variantBySku(container, leninPaperback.isbn)
      const start = Date.now() - 10 * DAY
      for (let batch = 0; batch < 5; batch++) {
        await service(container).createPreorderLines(
          Array.from({ length: 1000 }, (_, j) => {
            const i = batch * 1000 + j
            return { order_id: `order_bulk_${i}`, line_item_id: `item_bulk_${i}`, variant_id: lp.id, quantity: 1, created_at: new Date(start + i * 1000) }
          })
        )
      }
      await setStock(container, lp.inventoryItemId, 3_500)
      const t0 = Date.now()
      const { result } = await allocatePreordersWorkflow(container).run({ input: { variant_ids: [lp.id] } })
      const elapsed = Date.now() - t0
      console.info(`allocation: 5,000 pending pre-orders, 3,500 copies → ${result[0]?.allocated_lines} allocated in ${elapsed} ms`)
      expect(result[0]).toMatchObject({ allocated_lines: 3_500, still_pending: 1_500 })

      const [, allocatedCount] = await service(container).listAndCountPreorderLines({ variant_id: lp.id, status: "allocated" }, { take: 1 })
      expect(allocatedCount).toBe(3_500)
      // Oldest first: the youngest allocated line is older than the oldest still pending.
      const [youngestAllocated] = await service(container).listPreorderLines({ variant_id: lp.id, status: "allocated" }, { order: { created_at: "DESC" }, take: 1 })
      const [oldestPending] = await service(container).listPreorderLines({ variant_id: lp.id, status: "pending" }, { order: { created_at: "ASC" }, take: 1 })
      expect(youngestAllocated?.line_item_id).toBe("item_bulk_3499")
      expect(oldestPending?.line_item_id).toBe("item_bulk_3500")

      const { result: rerun } = await allocatePreordersWorkflow(container).run({ input: { variant_ids: [lp.id] } })
      expect(rerun[0]?.allocated_lines).toBe(0)
    })

    it("lets a reader cancel their own pending pre-order: line cancelled, reservation and cap claim released, line refunded, e-mail sent; refuses others' and allocated ones; a postponement e-mails pending readers once", async () => {
      const container = getContainer()
      const hardback = lenin?.formats.find((f) => f.format !== "Paperback")
      if (!hardback) throw new Error("demo catalogue changed: Lenin has one format")
      const lh = await variantBySku(container, hardback.isbn)
      const plain = await gbShop(api)
      async function reader(email: string) {
        const password = "reader-password-1"
        const cfg = { headers: plain.headers, validateStatus: () => true }
        const reg = await api.post<{ token: string }>("/auth/customer/emailpass/register", { email, password }, cfg)
        await api.post("/store/customers", { email, first_name: "Ada" }, { ...cfg, headers: { ...plain.headers, authorization: `Bearer ${reg.data.token}` } })
        const login = await api.post<{ token: string }>("/auth/customer/emailpass", { email, password }, cfg)
        return gbShop(api, { authorization: `Bearer ${login.data.token}` })
      }
      const ada = await reader("ada-cancels@example.com")
      const ben = await reader("ben-snoops@example.com")
      const [terms] = await service(container).listPreorderTerms({ variant_id: lh.id })
      const claimedBefore = terms!.claimed_quantity

      const first = await completeCart(ada, await prepareCart(ada, [{ variantId: lh.id, quantity: 2 }], "ada-cancels@example.com"))
      const second = await completeCart(ada, await prepareCart(ada, [{ variantId: lh.id }], "ada-cancels@example.com"))
      expect(first.orderId && second.orderId).toBeTruthy()
      const lines = await waitForLines(container, lh.id, 2)
      const mine = lines.find((l) => l.order_id === first.orderId)!
      const other = lines.find((l) => l.order_id === second.orderId)!
      const inventory = container.resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({ line_item_id: mine.line_item_id })).toHaveLength(1)
      expect((await service(container).listPreorderTerms({ variant_id: lh.id }))[0]?.claimed_quantity).toBe(claimedBefore + 3)

      // Refusals change nothing: not signed in, someone else's line, an unknown line, an allocated line.
      const cfgOf = (shop: typeof ada) => ({ headers: shop.headers, validateStatus: () => true })
      expect((await api.post(`/store/preorders/${mine.id}/cancel`, {}, cfgOf(plain))).status).toBe(401)
      const snooped = await api.post<{ message: string }>(`/store/preorders/${mine.id}/cancel`, {}, cfgOf(ben))
      expect(snooped.status).toBe(404)
      expect((await api.post(`/store/preorders/preline_nope/cancel`, {}, cfgOf(ada))).status).toBe(404)
      await service(container).updatePreorderLines({ id: other.id, status: "allocated", allocated_at: new Date() })
      const allocated = await api.post<{ message: string }>(`/store/preorders/${other.id}/cancel`, {}, cfgOf(ada))
      expect(allocated.status).toBe(400)
      expect(allocated.data.message).toMatch(/^Only a pending pre-order can be cancelled: this one is allocated/)
      expect((await linesOf(container, lh.id)).find((l) => l.id === mine.id)?.status).toBe("pending")
      expect((await linesOf(container, lh.id)).find((l) => l.id === other.id)?.status).toBe("allocated")
      expect(await inventory.listReservationItems({ line_item_id: mine.line_item_id })).toHaveLength(1)
      expect((await service(container).listPreorderTerms({ variant_id: lh.id }))[0]?.claimed_quantity).toBe(claimedBefore + 3)

      // Ada cancels her pending line.
      const cancelled = await api.post<{ preorder: { status: string; refund_amount: number; currency_code: string } }>(`/store/preorders/${mine.id}/cancel`, {}, cfgOf(ada))
      expect(cancelled.status).toBe(200)
      expect(cancelled.data.preorder).toMatchObject({ status: "cancelled", currency_code: "gbp" })
      expect(cancelled.data.preorder.refund_amount).toBeGreaterThan(0)
      const after = (await linesOf(container, lh.id)).find((l) => l.id === mine.id)
      expect(after?.status).toBe("cancelled")
      expect(after?.cancelled_at).toBeTruthy()
      expect(await inventory.listReservationItems({ line_item_id: mine.line_item_id })).toHaveLength(0)
      expect((await service(container).listPreorderTerms({ variant_id: lh.id }))[0]?.claimed_quantity).toBe(claimedBefore + 1)
      expect(await reconcile(container, lh.id, lh.inventoryItemId)).toMatchObject({ negativeReserved: false })

      // The line's amount is refunded on the order's payment (captured first: pre-orders are charged at checkout).
      const query = container.resolve("query")
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
        filters: { id: first.orderId! },
      })
      const payments = (orders[0] as unknown as { payment_collections: { payments: { captures: { amount: unknown }[]; refunds: { amount: unknown }[] }[] }[] }).payment_collections.flatMap((c) => c.payments)
      const sum = (xs: { amount: unknown }[]) => xs.reduce((s, x) => s + Number(x.amount), 0)
      expect(sum(payments.flatMap((p) => p.refunds))).toBeCloseTo(cancelled.data.preorder.refund_amount, 2)
      expect(sum(payments.flatMap((p) => p.captures))).toBeGreaterThanOrEqual(cancelled.data.preorder.refund_amount)

      // The "cancelled and refunded" e-mail, once.
      const mails = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "ada-cancels@example.com", template: "preorder-cancelled" })
      expect(mails).toHaveLength(1)

      // Cancelling twice is refused and refunds nothing more.
      const twice = await api.post<{ message: string }>(`/store/preorders/${mine.id}/cancel`, {}, cfgOf(ada))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/this one is cancelled/)

      // The account page's read: the order's pre-order lines with their state and release date; others' orders are 404.
      const listed = await api.get<{ preorders: { id: string; status: string; quantity: number; release_date: string | null }[] }>(`/store/preorders?order_id=${first.orderId}`, cfgOf(ada))
      expect(listed.status).toBe(200)
      expect(listed.data.preorders).toEqual([expect.objectContaining({ id: mine.id, status: "cancelled", quantity: 2, release_date: expect.any(String) })])
      expect((await api.get(`/store/preorders?order_id=${first.orderId}`, cfgOf(ben))).status).toBe(404)
      expect((await api.get(`/store/preorders`, cfgOf(ada))).status).toBe(400)

      // Staff postpone the title: the reader with a pending pre-order is e-mailed once; re-saving the same day sends nothing more.
      await service(container).updatePreorderLines({ id: other.id, status: "pending", allocated_at: null })
      const notifications = container.resolve(Modules.NOTIFICATION)
      const mailsOf = (template: string) => notifications.listNotifications({ to: "ada-cancels@example.com", template })
      const later = new Date(Date.now() + 90 * DAY).toISOString()
      expect((await api.post(`/admin/variants/${lh.id}/preorder`, { release_date: later }, admin)).status).toBe(200)
      const deadline = Date.now() + 20_000
      while ((await mailsOf("preorder-postponed")).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
      const postponed = await mailsOf("preorder-postponed")
      expect(postponed).toHaveLength(1)
      expect(postponed[0]?.data).toMatchObject({ new_date: later.slice(0, 10) })
      expect((await api.post(`/admin/variants/${lh.id}/preorder`, { release_date: later }, admin)).status).toBe(200)
      await new Promise((r) => setTimeout(r, 1500))
      expect(await mailsOf("preorder-postponed")).toHaveLength(1)
      expect(await mailsOf("preorder-release-date-changed")).toHaveLength(0)
    })
  },
})
