/**
 * Order e-mail as a new user meets it: a reader places an order through the store API with the
 * test payment, the confirmation lands in the dev mailbox (files under $BOOKSHOP_DATA_DIR/mail)
 * once — even when the event is delivered again — and staff read it through the admin API.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { sendOrderConfirmationWorkflow } from "../../src/workflows/notifications/send-order-confirmation"
import { sendReaderEmail } from "../../src/workflows/notifications/send-reader-email"
import { createAdminSession, type AdminRequest, type Api } from "../helpers/admin"
import { bookInRegion, placeOrder, regionFor, storeSession } from "../helpers/store"

jest.setTimeout(180_000)

// Read when the runner loads medusa-config: covers and the mailbox go to a throwaway data dir.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-order-email-"))
process.env.BOOKSHOP_DATA_DIR = dataDir
const mailDir = path.join(dataDir, "mail")

type Message = {
  id: string
  created_at: string
  to: string
  subject: string
  html: string
  text: string
  template: string | null
  data: Record<string, unknown> | null
}

const messageFiles = () => (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith(".json")) : [])
const readMessages = (): Message[] =>
  messageFiles().map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as Message)

/** Subscribers run after the request answers; give the event a moment to arrive. */
async function waitForMessages(count: number, timeoutMs = 15_000): Promise<Message[]> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const messages = readMessages()
    if (messages.length >= count || Date.now() > until) return messages
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as Api
    let admin: AdminRequest
    let order: { id: string; display_id: number; total: number; currency_code: string }
    let bookTitle: string

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(api, getContainer(), "mailbox-suite@bookshop.test")

      const session = await storeSession(api)
      const region = await regionFor(session, "gbp")
      const { data } = await api.get<{ products: { handle: string }[] }>(
        "/store/products?limit=1&order=title&fields=handle",
        session.headers
      )
      const book = await bookInRegion(session, data.products[0]!.handle, region.id)
      const variant = book.variants[0]
      if (!variant) throw new Error("seeded book has no variant")
      bookTitle = book.title
      const result = await placeOrder(session, {
        regionId: region.id,
        countryCode: "gb",
        variantId: variant.id,
        quantity: 2,
        email: "ada.reader@example.com",
      })
      if (result.type !== "order" || !result.order) throw new Error(`checkout failed: ${JSON.stringify(result.error)}`)
      order = result.order
      // Let the order.placed subscriber finish before the runner snapshots the database.
      await waitForMessages(1)
    })

    afterAll(() => {
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    it("puts exactly one confirmation with the order number, title and total in the mailbox", async () => {
      const messages = await waitForMessages(1)
      expect(messages).toHaveLength(1)
      const [mail] = messages as [Message]
      expect(mail.to).toBe("ada.reader@example.com")
      expect(mail.template).toBe("order-confirmation")
      expect(mail.subject).toBe(`Your Wellred Books order #${order.display_id} is confirmed`)
      expect(mail.text).toContain(`2 × ${bookTitle}`)
      expect(mail.html).toContain(`Order #${order.display_id} confirmed`)
      const total = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(order.total)
      expect(mail.text).toContain(`Total: ${total}`)
      expect(mail.text).toContain("Shipping to:\nAda Reader\n1 Test Street")
    })

    it("records it with the Notification Module and sends nothing twice when order.placed comes again", async () => {
      await waitForMessages(1)
      const { result } = await sendOrderConfirmationWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(result.sent).toBe(false)
      // The event itself, delivered a second time.
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(readMessages()).toHaveLength(1)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: notifications } = await query.graph({
        entity: "notification",
        fields: ["id", "to", "channel", "template", "status", "idempotency_key", "resource_id"],
        filters: { resource_id: order.id },
      })
      expect(notifications).toEqual([
        expect.objectContaining({
          to: "ada.reader@example.com",
          channel: "email",
          template: "order-confirmation",
          status: "success",
          idempotency_key: `order-confirmation:${order.id}`,
        }),
      ])
    })

    it("lets staff list the mailbox newest first and open a message", async () => {
      await waitForMessages(1)
      const sent = await sendReaderEmail(getContainer(), {
        to: "ada.reader@example.com",
        template: "preorder-shipped",
        data: { order_number: order.display_id, title: "In Defence of Lenin", format: "Hardback" },
        idempotency_key: `preorder-shipped:test-${order.id}`,
      })
      expect(sent.sent).toBe(true)

      const list = await api.get<{
        transport: string
        count: number
        messages: { id: string; to: string; subject: string; created_at: string }[]
      }>("/admin/mailbox?limit=1", admin)
      expect(list.status).toBe(200)
      expect(list.data.transport).toBe("mailbox")
      expect(list.data.count).toBe(2)
      expect(list.data.messages).toEqual([
        expect.objectContaining({ to: "ada.reader@example.com", subject: "Your copy of In Defence of Lenin is on its way" }),
      ])
      const second = await api.get<{ messages: { id: string; subject: string }[] }>("/admin/mailbox?limit=1&offset=1", admin)
      const confirmation = second.data.messages[0]
      expect(confirmation?.subject).toBe(`Your Wellred Books order #${order.display_id} is confirmed`)

      const one = await api.get<{ message: Message }>(`/admin/mailbox/${confirmation!.id}`, admin)
      expect(one.status).toBe(200)
      expect(one.data.message.html).toContain(bookTitle.replace(/&/g, "&amp;").replace(/'/g, "&#39;"))
      expect(one.data.message.text).toContain(`#${order.display_id}`)
    })

    it("refuses strangers, malformed ids and unknown messages", async () => {
      const anonymous = await api.get("/admin/mailbox", { validateStatus: () => true })
      expect(anonymous.status).toBe(401)
      const [mail] = await waitForMessages(1)
      expect((await api.get(`/admin/mailbox/${mail!.id}`, { validateStatus: () => true })).status).toBe(401)

      for (const id of ["..%2F..%2Fsecrets.json", "%2E%2E%2Fpasswd", "not-an-id"]) {
        const res = await api.get<{ message: string }>(`/admin/mailbox/${id}`, admin)
        expect([400, 404]).toContain(res.status)
        expect(JSON.stringify(res.data)).not.toContain("root:")
      }
      const malformed = await api.get<{ message: string }>("/admin/mailbox/not-an-id", admin)
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/Not a mailbox message id/)
      const unknown = await api.get("/admin/mailbox/20261122T063000123Z-00000000", admin)
      expect(unknown.status).toBe(404)
      const badPage = await api.get<{ message: string }>("/admin/mailbox?offset=-1", admin)
      expect(badPage.status).toBe(400)
    })
  },
})
