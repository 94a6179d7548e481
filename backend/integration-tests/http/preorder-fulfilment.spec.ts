/**
 * Pre-orders through Medusa's own fulfilment flow (ADR 0004 §9), as staff and readers meet it:
 * a pre-order still waiting for stock cannot be fulfilled (clear 400, nothing written); copies
 * arriving at the *other* warehouse move the allocated pre-order's reservation there; staff fulfil
 * from that warehouse and mark it shipped with Medusa's admin routes; the pre-order line becomes
 * shipped, the reader gets one "on its way" e-mail in the dev mailbox, a redelivered event sends
 * nothing more, and the stock figures reconcile.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { TITLES } from "../../src/scripts/seed/titles"
import { PREORDER_MODULE } from "../../src/modules/preorder"
import type PreorderModuleService from "../../src/modules/preorder/service"
import { markPreordersShippedWorkflow } from "../../src/workflows/preorder/mark-preorders-shipped"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { completeCart, gbShop, prepareCart, reconcile, variantBySku } from "../lib/checkout"

jest.setTimeout(600_000)

// Read when the runner loads medusa-config: the dev mailbox goes to a throwaway data dir.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-preorder-fulfilment-"))
process.env.BOOKSHOP_DATA_DIR = dataDir
const mailDir = path.join(dataDir, "mail")

type Message = { to: string; subject: string; text: string; template: string | null; data: Record<string, unknown> | null }
const mailsTo = (to: string, template: string): Message[] =>
  (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith(".json")) : [])
    .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as Message)
    .filter((m) => m.to === to && m.template === template)

const lenin = TITLES.find((t) => t.title === "In Defence of Lenin")
const leninPaperback = lenin?.formats.find((f) => f.format === "Paperback")
const stockedPaperback = TITLES.flatMap((t) => t.formats).find((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0)
if (!leninPaperback || !stockedPaperback) throw new Error("demo catalogue changed: no Lenin paperback or stocked paperback")

const service = (c: MedusaContainer) => c.resolve<PreorderModuleService>(PREORDER_MODULE)

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 200))
  }
}

type OrderView = {
  id: string
  items: { id: string; variant_id: string; detail?: { fulfilled_quantity?: unknown } }[]
  fulfillments?: { id: string; location_id: string; canceled_at: unknown; shipped_at: unknown; items?: { line_item_id: string }[] }[]
}

async function orderView(container: MedusaContainer, orderId: string): Promise<OrderView> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.detail.fulfilled_quantity", "fulfillments.id", "fulfillments.location_id", "fulfillments.canceled_at", "fulfillments.shipped_at", "fulfillments.items.line_item_id"],
    filters: { id: orderId },
  })
  return data[0] as unknown as OrderView
}

/** Per location: reserved_quantity and stocked_quantity of the item, and the reservations held there. */
async function levelsOf(container: MedusaContainer, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
  return Object.fromEntries(
    levels.map((l) => [
      l.location_id,
      {
        stocked: Number(l.stocked_quantity),
        reserved: Number(l.reserved_quantity),
        held: reservations.filter((r) => r.location_id === l.location_id).reduce((s, r) => s + Number(r.quantity), 0),
      },
    ])
  )
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as unknown as Api
    let admin: AdminRequest
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer(), "fulfilment-suite@bookshop.test")
    })

    afterAll(() => {
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    /** A GB order of one Lenin paperback (a pre-order) and, optionally, one in-stock paperback; waits for its pre-order line. */
    async function preorder(email: string, withStocked: boolean) {
      const container = getContainer()
      const lp = await variantBySku(container, leninPaperback!.isbn)
      const stocked = await variantBySku(container, stockedPaperback!.isbn)
      const shop = await gbShop(api)
      const lines = [{ variantId: lp.id }, ...(withStocked ? [{ variantId: stocked.id }] : [])]
      const done = await completeCart(shop, await prepareCart(shop, lines, email))
      if (!done.orderId) throw new Error(`checkout failed: ${done.status} ${done.message}`)
      const [line] = await until(
        () => service(container).listPreorderLines({ order_id: done.orderId }),
        (l) => l.length > 0
      )
      if (!line) throw new Error("the order.placed subscriber recorded no pre-order line")
      const order = await orderView(container, done.orderId)
      const leninItem = order.items.find((i) => i.variant_id === lp.id)!
      const stockedItem = order.items.find((i) => i.variant_id === stocked.id)
      return { lp, stocked, orderId: done.orderId, line, leninItem, stockedItem }
    }

    it("refuses to fulfil a pre-order still waiting for stock with a clear 400 and writes nothing; the in-stock line fulfils as usual", async () => {
      const container = getContainer()
      const { lp, stocked, orderId, line, leninItem, stockedItem } = await preorder("waiting-reader@example.com", true)
      expect(line.status).toBe("pending")
      const inventory = container.resolve(Modules.INVENTORY)
      const reservationsBefore = await inventory.listReservationItems({ line_item_id: [leninItem.id, stockedItem!.id] })
      const leninLevelsBefore = await levelsOf(container, lp.inventoryItemId)
      const stockedLevelsBefore = await levelsOf(container, stocked.inventoryItemId)
      const fulfilments = container.resolve(Modules.FULFILLMENT)
      const rowsBefore = await fulfilments.listFulfillments({}, { select: ["id"] })

      const refused = await api.post<{ message: string }>(
        `/admin/orders/${orderId}/fulfillments`,
        { items: [{ id: leninItem.id, quantity: 1 }, { id: stockedItem!.id, quantity: 1 }] },
        admin
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("“In Defence of Lenin (Paperback)” is a pre-order still waiting for stock: allocate it before fulfilling")

      // Nothing written: no fulfilment on the order, nothing fulfilled, reservations and stock as they were.
      const after = await orderView(container, orderId)
      expect(after.fulfillments ?? []).toEqual([])
      expect(after.items.map((i) => Number(i.detail?.fulfilled_quantity ?? 0))).toEqual([0, 0])
      const reservationsAfter = await inventory.listReservationItems({ line_item_id: [leninItem.id, stockedItem!.id] })
      const shape = (rs: typeof reservationsBefore) => rs.map((r) => ({ line_item_id: r.line_item_id, location_id: r.location_id, quantity: Number(r.quantity) })).sort((a, b) => String(a.line_item_id).localeCompare(String(b.line_item_id)))
      expect(shape(reservationsAfter)).toEqual(shape(reservationsBefore))
      expect(await levelsOf(container, lp.inventoryItemId)).toEqual(leninLevelsBefore)
      expect(await levelsOf(container, stocked.inventoryItemId)).toEqual(stockedLevelsBefore)
      expect((await service(container).listPreorderLines({ id: line.id }))[0]?.status).toBe("pending")
      // The admin route refuses before Medusa's workflow runs: not even a cancelled fulfilment row.
      const known = new Set(rowsBefore.map((f) => f.id))
      const newRows = async () => (await fulfilments.listFulfillments({}, { select: ["id", "canceled_at"] })).filter((f) => !known.has(f.id))
      expect(await newRows()).toEqual([])

      // Any other caller of Medusa's workflow meets the hook: refused, and Medusa's compensation
      // cancels the fulfilment it had created (that row stays, cancelled and unlinked).
      // (Run by name through the app's workflow engine, which reports the hook's error per step.)
      const { errors } = await container
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("create-order-fulfillment", { input: { order_id: orderId, items: [{ id: leninItem.id, quantity: 1 }] }, throwOnError: false })
      expect(errors.map((e: { action?: string; error?: { message?: string } }) => [e.action, e.error?.message])).toEqual([
        ["fulfillmentCreated", "“In Defence of Lenin (Paperback)” is a pre-order still waiting for stock: allocate it before fulfilling"],
      ])
      expect(await newRows()).toEqual([expect.objectContaining({ canceled_at: expect.anything() })])
      expect((await orderView(container, orderId)).fulfillments ?? []).toEqual([])
      expect(await levelsOf(container, lp.inventoryItemId)).toEqual(leninLevelsBefore)

      // The in-stock line alone goes through Medusa's flow as usual.
      const fulfilled = await api.post(`/admin/orders/${orderId}/fulfillments`, { items: [{ id: stockedItem!.id, quantity: 1 }] }, admin)
      expect(fulfilled.status).toBe(200)
      const withFulfilment = await orderView(container, orderId)
      expect(withFulfilment.fulfillments).toHaveLength(1)
      expect(withFulfilment.fulfillments?.[0]?.items?.map((i) => i.line_item_id)).toEqual([stockedItem!.id])
      expect(await inventory.listReservationItems({ line_item_id: stockedItem!.id })).toHaveLength(0)
    })

    it("moves the reservation to the warehouse where the copies arrived, fulfils and ships from there, marks the pre-order shipped and e-mails the reader once", async () => {
      const container = getContainer()
      const reader = "shipped-reader@example.com"
      const { lp, orderId, line, leninItem } = await preorder(reader, false)
      const inventory = container.resolve(Modules.INVENTORY)
      const [reservation] = await inventory.listReservationItems({ line_item_id: leninItem.id })
      expect(reservation).toBeDefined()
      const levels = await levelsOf(container, lp.inventoryItemId)
      const other = Object.keys(levels).find((location) => location !== reservation!.location_id)
      if (!other) throw new Error("the Lenin paperback is stocked at one location only")
      expect(levels[other]).toMatchObject({ stocked: 0 })

      // Goods-in at the other warehouse allocates the pre-order and moves its reservation there.
      const goodsIn = await api.post<{ allocations: { allocated_lines: number; moved_reservations: number }[] }>(
        `/admin/variants/${lp.id}/stock`,
        { kind: "goods_in", location_id: other, quantity: 3, reference: "DN-LENIN-NY" },
        admin
      )
      expect(goodsIn.status).toBe(200)
      expect(goodsIn.data.allocations).toEqual([expect.objectContaining({ allocated_lines: 1, moved_reservations: 1 })])
      expect((await service(container).listPreorderLines({ id: line.id }))[0]?.status).toBe("allocated")
      const moved = await inventory.listReservationItems({ line_item_id: leninItem.id })
      expect(moved.map((r) => ({ location_id: r.location_id, quantity: Number(r.quantity) }))).toEqual([{ location_id: other, quantity: 1 }])
      const afterMove = await levelsOf(container, lp.inventoryItemId)
      expect(afterMove[other]).toEqual({ stocked: 3, reserved: 1, held: 1 })
      expect(afterMove[reservation!.location_id]).toMatchObject({ reserved: levels[reservation!.location_id]!.reserved - 1 })
      for (const level of Object.values(afterMove)) expect(level.reserved).toBe(level.held)

      // Allocating again moves and allocates nothing.
      const again = await api.post<{ allocations: { allocated_lines: number; moved_reservations: number }[] }>("/admin/preorders/allocate", { variant_ids: [lp.id] }, admin)
      expect(again.data.allocations).toEqual([expect.objectContaining({ allocated_lines: 0, moved_reservations: 0 })])

      // Staff fulfil the allocated pre-order from that warehouse and mark it shipped (Medusa's admin routes).
      const fulfilled = await api.post<{ message?: string }>(`/admin/orders/${orderId}/fulfillments`, { items: [{ id: leninItem.id, quantity: 1 }], location_id: other }, admin)
      expect(fulfilled.status).toBe(200)
      const fulfilment = (await orderView(container, orderId)).fulfillments?.[0]
      expect(fulfilment).toMatchObject({ location_id: other })
      const shipped = await api.post(
        `/admin/orders/${orderId}/fulfillments/${fulfilment!.id}/shipments`,
        { items: [{ id: leninItem.id, quantity: 1 }], labels: [{ tracking_number: "RM123456785GB", tracking_url: "https://tracking.example.com/RM123456785GB", label_url: "https://labels.example.com/1.pdf" }] },
        admin
      )
      expect(shipped.status).toBe(200)

      const [shippedLine] = await until(
        () => service(container).listPreorderLines({ id: line.id }),
        (l) => l[0]?.status === "shipped"
      )
      expect(shippedLine).toMatchObject({ status: "shipped", shipped_at: expect.any(Date) })
      const mails = await until(async () => mailsTo(reader, "preorder-shipped"), (m) => m.length > 0)
      expect(mails).toHaveLength(1)
      expect(mails[0]?.subject).toBe("Your copy of In Defence of Lenin is on its way")
      expect(mails[0]?.text).toContain("Tracking: RM123456785GB")
      expect(mails[0]?.text).toContain("1 × In Defence of Lenin (Paperback)")

      // A redelivered event changes nothing and sends nothing twice.
      const { result: rerun } = await markPreordersShippedWorkflow(container).run({ input: { fulfillment_id: fulfilment!.id } })
      expect(rerun).toEqual({ shipped_lines: [], emails_sent: 0 })
      await new Promise((r) => setTimeout(r, 500))
      expect(mailsTo(reader, "preorder-shipped")).toHaveLength(1)
      expect((await service(container).listPreorderLines({ id: line.id }))[0]?.shipped_at).toEqual(shippedLine!.shipped_at)

      // The admin Pre-orders page counts the shipped copy.
      const summary = await api.get<{ preorders: { variant_id: string; lines: Record<string, number> }[] }>("/admin/preorders", admin)
      expect(summary.data.preorders.find((p) => p.variant_id === lp.id)?.lines).toEqual({ pending: 0, allocated: 0, shipped: 1, cancelled: 0 })

      // Reconciliation: the copy left the other warehouse, no reservation is left for it, nothing negative.
      const finalLevels = await levelsOf(container, lp.inventoryItemId)
      expect(finalLevels[other]).toEqual({ stocked: 2, reserved: 0, held: 0 })
      for (const level of Object.values(finalLevels)) {
        expect(level.reserved).toBeGreaterThanOrEqual(0)
        expect(level.reserved).toBe(level.held)
      }
      const totals = await reconcile(container, lp.id, lp.inventoryItemId)
      expect(totals).toMatchObject({ negativeReserved: false, stocked: 2, orderLines: 1 })
      expect(totals.reserved).toBe(totals.reservationQuantity)
    })

    it("keeps the reservation where it is when the copies arrive there, and ships without an e-mail when staff choose no notification", async () => {
      const container = getContainer()
      const reader = "quiet-reader@example.com"
      const { lp, orderId, line, leninItem } = await preorder(reader, false)
      const inventory = container.resolve(Modules.INVENTORY)
      const [reservation] = await inventory.listReservationItems({ line_item_id: leninItem.id })
      const here = reservation!.location_id
      const goodsIn = await api.post<{ allocations: { allocated_lines: number; moved_reservations: number }[] }>(
        `/admin/variants/${lp.id}/stock`,
        { kind: "goods_in", location_id: here, quantity: 1, reference: "DN-LENIN-HERE" },
        admin
      )
      expect(goodsIn.data.allocations).toEqual([expect.objectContaining({ allocated_lines: 1, moved_reservations: 0 })])
      expect((await inventory.listReservationItems({ line_item_id: leninItem.id })).map((r) => r.location_id)).toEqual([here])

      expect((await api.post(`/admin/orders/${orderId}/fulfillments`, { items: [{ id: leninItem.id, quantity: 1 }], location_id: here }, admin)).status).toBe(200)
      const fulfilment = (await orderView(container, orderId)).fulfillments?.[0]
      const shipped = await api.post(`/admin/orders/${orderId}/fulfillments/${fulfilment!.id}/shipments`, { items: [{ id: leninItem.id, quantity: 1 }], no_notification: true }, admin)
      expect(shipped.status).toBe(200)
      const [after] = await until(
        () => service(container).listPreorderLines({ id: line.id }),
        (l) => l[0]?.status === "shipped"
      )
      expect(after?.status).toBe("shipped")
      await new Promise((r) => setTimeout(r, 500))
      expect(mailsTo(reader, "preorder-shipped")).toHaveLength(0)
      const totals = await reconcile(container, lp.id, lp.inventoryItemId)
      expect(totals).toMatchObject({ negativeReserved: false, stocked: 0 })
      expect(totals.reserved).toBe(totals.reservationQuantity)
    })
  },
})
