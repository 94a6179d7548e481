import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Logger } from "@medusajs/framework/types"
import { listMailbox, readMailboxMessage } from "../../../lib/mail/mailbox"
import { MailboxNotificationService } from "../service"

const logger = { info: () => undefined } as unknown as Logger

describe("mailbox notification provider", () => {
  let dir: string
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mailbox-provider-")), "mail")
  })
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }))

  it("keeps the rendered message with its template and data, from the shop's sender", async () => {
    const provider = new MailboxNotificationService({ logger }, { directory: dir, from: "Shop <shop@localhost>" })
    const { id } = await provider.send({
      to: "ada@example.com",
      channel: "email",
      template: "preorder-shipped",
      data: { order_number: 3, title: "In Defence of Lenin" },
      content: { subject: "Hello", html: "<p>Hi</p>", text: "Hi" },
    })
    const message = await readMailboxMessage(dir, id as string)
    expect(message).toMatchObject({
      from: "Shop <shop@localhost>",
      to: "ada@example.com",
      subject: "Hello",
      html: "<p>Hi</p>",
      text: "Hi",
      template: "preorder-shipped",
      data: { order_number: 3, title: "In Defence of Lenin" },
    })
  })

  it("renders the template itself when the sender passed only template and data", async () => {
    const provider = new MailboxNotificationService({ logger }, { directory: dir, from: "Shop <shop@localhost>" })
    await provider.send({
      to: "ada@example.com",
      channel: "email",
      template: "preorder-postponed",
      data: { order_number: 3, title: "In Defence of Lenin" },
    })
    const { messages } = await listMailbox(dir, { limit: 10, offset: 0 })
    expect(messages.map((m) => m.subject)).toEqual(["In Defence of Lenin is postponed"])
  })

  it("fails loudly on an unknown template instead of keeping an empty mail", async () => {
    const provider = new MailboxNotificationService({ logger }, { directory: dir, from: "Shop <shop@localhost>" })
    await expect(provider.send({ to: "a@b.c", channel: "email", template: "nope", data: {} })).rejects.toThrow(
      /Unknown e-mail template/
    )
    expect((await listMailbox(dir, { limit: 10, offset: 0 })).count).toBe(0)
  })

  it("refuses to start without a directory or sender", () => {
    expect(() => MailboxNotificationService.validateOptions({ from: "x" })).toThrow(/directory/)
    expect(() => MailboxNotificationService.validateOptions({ directory: "/tmp/x" })).toThrow(/from/)
  })
})
