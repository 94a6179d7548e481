import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { isMailboxId, listMailbox, mailboxId, messageFile, readMailboxMessage, writeMailboxMessage } from "../mailbox"

const message = (subject: string) => ({
  from: "Shop <a@b.c>",
  to: "reader@example.com",
  subject,
  html: "<p>hi</p>",
  text: "hi",
  template: "order-confirmation",
  data: { order_number: 1 },
})

describe("mailbox ids", () => {
  it("sort by time and refuse anything that could leave the directory", () => {
    const id = mailboxId(new Date("2026-11-22T06:30:00.123Z"), "0a1b2c3d")
    expect(id).toBe("20261122T063000123Z-0a1b2c3d")
    expect(isMailboxId(id)).toBe(true)
    for (const bad of ["../secrets", "..%2Fsecrets", `${id}/../x`, `${id}.json`, "", "20261122T063000123Z-0A1B2C3D"]) {
      expect(isMailboxId(bad)).toBe(false)
      expect(messageFile("/mail", bad)).toBeUndefined()
    }
    expect(messageFile("/mail", id)).toBe(`/mail/${id}.json`)
  })
})

describe("mailbox files", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mailbox-test-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("is empty when nothing was written (no directory yet)", async () => {
    await expect(listMailbox(path.join(dir, "mail"), { limit: 10, offset: 0 })).resolves.toEqual({ messages: [], count: 0 })
  })

  it("keeps each message whole and lists them newest first, a page at a time", async () => {
    const mail = path.join(dir, "mail")
    const first = await writeMailboxMessage(mail, message("first"), new Date("2026-11-22T06:00:00Z"))
    await writeMailboxMessage(mail, message("second"), new Date("2026-11-22T07:00:00Z"))
    await writeMailboxMessage(mail, message("third"), new Date("2026-11-22T08:00:00Z"))
    fs.writeFileSync(path.join(mail, "notes.txt"), "not a message")

    const page = await listMailbox(mail, { limit: 2, offset: 0 })
    expect(page.count).toBe(3)
    expect(page.messages.map((m) => m.subject)).toEqual(["third", "second"])
    expect(page.messages[0]).not.toHaveProperty("html")
    expect((await listMailbox(mail, { limit: 2, offset: 2 })).messages.map((m) => m.subject)).toEqual(["first"])

    expect(await readMailboxMessage(mail, first.id)).toEqual({
      ...message("first"),
      id: first.id,
      created_at: "2026-11-22T06:00:00.000Z",
    })
    expect(fs.readdirSync(mail).filter((f) => f.endsWith(".tmp"))).toEqual([])
  })

  it("answers undefined for an unknown or malformed id", async () => {
    expect(await readMailboxMessage(dir, "20261122T063000123Z-00000000")).toBeUndefined()
    expect(await readMailboxMessage(dir, "../../etc/passwd")).toBeUndefined()
  })
})
