/**
 * The book's publishing status drives its pre-orders (ADR 0004 §10): staff save the book details
 * through the admin route; forthcoming opens terms at the publication date, postponed e-mails
 * readers with pending pre-orders (once), cancelled closes the terms, cancels and refunds every
 * pending line and e-mails the readers; allocated lines are kept.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { PREORDER_MODULE } from "../../src/modules/preorder"
import type PreorderModuleService from "../../src/modules/preorder/service"
import { TITLES } from "../../src/scripts/seed/titles"
import { applyPublishingStatusWorkflow } from "../../src/workflows/preorder/apply-publishing-status"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { completeCart, gbShop, prepareCart, setStock, variantBySku } from "../lib/checkout"

jest.setTimeout(600_000)

// Read when the runner loads medusa-config: the dev mailbox goes to a throwaway data dir.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-preorder-publishing-"))
process.env.BOOKSHOP_DATA_DIR = dataDir
const mailDir = path.join(dataDir, "mail")
type Message = { to: string; subject: string; text: string; template: string | null }
const mails = (template: string): Message[] =>
  (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith(".json")) : [])
    .map((f) => JSON.parse(fs.readFileSync(path.join(mailDir, f), "utf8")) as Message)
    .filter((m) => m.template === template)

const title = TITLES.find((t) => t.title !== "In Defence of Lenin" && t.formats.some((f) => f.format === "Paperback" && (f.stock?.london ?? 0) > 0))
const paperback = title?.formats.find((f) => f.format === "Paperback")
if (!title || !paperback) throw new Error("demo catalogue changed: no stocked paperback")

const DAY = 24 * 60 * 60 * 1000
const service = (c: MedusaContainer) => c.resolve<PreorderModuleService>(PREORDER_MODULE)

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 200))
  }
}

type AdminBook = { publishing_status: string; publication_date: string | null; contributors: { contributor_id: string; role: string }[] }

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as unknown as Api
    let admin: AdminRequest
    let productId: string
    let variantIds: string[]
    let pb: { id: string; inventoryItemId: string }
    const orders: Record<string, string> = {}

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer(), "preorder-publishing@bookshop.test")
      const container = getContainer()
      pb = await variantBySku(container, paperback!.isbn)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: pb.id } })
      productId = (data[0] as unknown as { product_id: string }).product_id
      const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id: productId }, { select: ["id", "manage_inventory"] })
      variantIds = variants.filter((v) => v.manage_inventory).map((v) => v.id)
      expect(variantIds).toContain(pb.id)
    })

    /** Saves the book with a new status (and date), keeping its contributors, as the admin widget does. */
    async function saveStatus(publishing_status: string, publication_date?: string) {
      const { data } = await api.get<{ book: AdminBook }>(`/admin/products/${productId}/book`, admin)
      const contributors = data.book.contributors.map((c) => ({ contributor_id: c.contributor_id, role: c.role }))
      return api.post<{ book: AdminBook; message?: string }>(
        `/admin/products/${productId}/book`,
        { details: { publishing_status, ...(publication_date ? { publication_date } : {}) }, contributors },
        { ...admin, validateStatus: () => true }
      )
    }
    const termsOf = async () => service(getContainer()).listPreorderTerms({ variant_id: variantIds })
    const linesOf = async () => service(getContainer()).listPreorderLines({ variant_id: pb.id }, { order: { created_at: "ASC", id: "ASC" } })

    it("refuses an unknown status with a 400 and changes nothing", async () => {
      const before = (await api.get<{ book: AdminBook }>(`/admin/products/${productId}/book`, admin)).data.book.publishing_status
      const res = await saveStatus("withdrawn")
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/publishing_status/)
      expect((await api.get<{ book: AdminBook }>(`/admin/products/${productId}/book`, admin)).data.book.publishing_status).toBe(before)
    })

    it("forthcoming with a past publication date saves the status but opens no pre-orders", async () => {
      expect((await saveStatus("active")).status).toBe(200)
      const res = await saveStatus("forthcoming", "2020-01-01")
      expect(res.status).toBe(200)
      expect(res.data.book.publishing_status).toBe("forthcoming")
      await new Promise((r) => setTimeout(r, 2_000))
      expect((await termsOf()).filter((t) => t.status === "open")).toHaveLength(0)
    })

    // The runner restores the seeded database before each test: the launch is one journey.
    it("runs a launch by publishing status: forthcoming opens terms; postponed e-mails pending readers once; cancelled cancels and refunds pending lines, keeps allocated ones", async () => {
      // forthcoming with a future publication date opens terms on every stock-tracked format at that date
      expect((await saveStatus("active")).status).toBe(200)
      const release = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10)
      expect((await saveStatus("forthcoming", release)).status).toBe(200)
      const terms = await until(termsOf, (t) => t.filter((x) => x.status === "open").length === variantIds.length)
      expect(terms.map((t) => t.variant_id).sort()).toEqual([...variantIds].sort())
      for (const t of terms) {
        expect(t.status).toBe("open")
        expect(new Date(t.release_date).toISOString().slice(0, 10)).toBe(release)
      }
      const [variant] = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id: pb.id }, { select: ["allow_backorder"] })
      expect(variant?.allow_backorder).toBe(true)

      // postponed e-mails each reader with a pending pre-order once; terms stay open
      const container = getContainer()
      await setStock(container, pb.inventoryItemId, 0)
      const shop = await gbShop(api)
      for (const [who, quantity] of [["ann", 2], ["bob", 1], ["cat", 1]] as const) {
        const done = await completeCart(shop, await prepareCart(shop, [{ variantId: pb.id, quantity }], `${who}@example.com`))
        expect(done.status).toBe(200)
        orders[who] = done.orderId!
      }
      const lines = await until(linesOf, (l) => l.length >= 3)
      expect(lines).toHaveLength(3)
      // Cat's copy is already set aside: she is not told of the postponement, and the cancellation keeps her line.
      const cats = lines.find((l) => l.order_id === orders.cat)!
      await service(container).updatePreorderLines({ id: cats.id, status: "allocated", allocated_at: new Date() })

      expect((await saveStatus("postponed")).status).toBe(200)
      const sent = await until(() => mails("preorder-postponed"), (m) => m.length >= 2)
      expect(sent.map((m) => m.to).sort()).toEqual(["ann@example.com", "bob@example.com"])
      expect(sent[0]?.subject).toMatch(/is postponed/)
      expect((await termsOf()).every((t) => t.status === "open")).toBe(true)

      // Saving the same status again is no change; a redelivered event sends nothing twice.
      expect((await saveStatus("postponed")).status).toBe(200)
      const change = { product_id: productId, from: "forthcoming" as const, to: "postponed" as const, changed_at: new Date().toISOString() }
      const first = await applyPublishingStatusWorkflow(container).run({ input: change })
      const again = await applyPublishingStatusWorkflow(container).run({ input: change })
      expect(first.result.postponed_emails).toBe(2)
      expect(again.result.postponed_emails).toBe(0)
      await new Promise((r) => setTimeout(r, 1_000))
      expect(mails("preorder-postponed")).toHaveLength(4)

      // cancelled closes the terms, cancels and refunds every pending line, e-mails its reader, keeps allocated lines
      expect((await saveStatus("cancelled")).status).toBe(200)
      const after = await until(linesOf, (l) => l.filter((x) => x.status === "cancelled").length === 2)
      expect(after.find((l) => l.order_id === orders.ann)?.status).toBe("cancelled")
      expect(after.find((l) => l.order_id === orders.bob)?.status).toBe("cancelled")
      expect(after.find((l) => l.order_id === orders.cat)?.status).toBe("allocated")
      const closed = await until(termsOf, (t) => t.every((x) => x.status === "closed"))
      expect(closed.every((t) => t.status === "closed")).toBe(true)
      const [restored] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: pb.id }, { select: ["allow_backorder"] })
      expect(restored?.allow_backorder).toBe(false)

      // The e-mail is sent after the money moved: once both are in, check the payments.
      const cancelledMails = await until(() => mails("preorder-cancelled"), (m) => m.length >= 2)
      expect(cancelledMails.map((m) => m.to).sort()).toEqual(["ann@example.com", "bob@example.com"])
      expect(cancelledMails[0]?.text).toMatch(/publication of this title has been cancelled/)
      expect(cancelledMails[0]?.text).toMatch(/refunded/)
      // Each pending line's amount captured and refunded on its order's payment; cat's order untouched.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
        filters: { id: [orders.ann!, orders.bob!, orders.cat!] },
      })
      type O = { id: string; payment_collections: { payments: { captures: { amount: unknown }[]; refunds: { amount: unknown }[] }[] }[] }
      const sum = (xs: { amount: unknown }[]) => xs.reduce((s, x) => s + Number(x.amount), 0)
      const money = (id: string) => {
        const payments = (data as unknown as O[]).find((o) => o.id === id)!.payment_collections.flatMap((c) => c.payments)
        return { captured: sum(payments.flatMap((p) => p.captures)), refunded: sum(payments.flatMap((p) => p.refunds)) }
      }
      const ann = money(orders.ann!)
      const bob = money(orders.bob!)
      expect(bob.refunded).toBeGreaterThan(0)
      expect(bob.captured).toBeCloseTo(bob.refunded, 2)
      expect(ann.captured).toBeCloseTo(ann.refunded, 2)
      // Ann pre-ordered two copies, Bob one: each got exactly their line back.
      expect(ann.refunded).toBeCloseTo(2 * bob.refunded, 2)
      expect(money(orders.cat!)).toEqual({ captured: 0, refunded: 0 })
    })
  },
})
