import { randomBytes } from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"

/**
 * The dev mailbox: one JSON file per message under `$BOOKSHOP_DATA_DIR/mail`, named by its id.
 * Ids sort by time (`20261122T063000123Z-1a2b3c4d`), so newest-first is a reverse name sort and
 * a page of the list reads only that page's files. Writes go to a temp name and are renamed,
 * so a reader never sees half a message.
 */
export type MailboxMessage = {
  id: string
  created_at: string
  from: string
  to: string
  subject: string
  html: string
  text: string
  template: string | null
  data: Record<string, unknown> | null
}

export type MailboxSummary = Pick<MailboxMessage, "id" | "created_at" | "from" | "to" | "subject" | "template">

export const MAILBOX_ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/

export function isMailboxId(id: unknown): id is string {
  return typeof id === "string" && MAILBOX_ID_PATTERN.test(id)
}

/** A new id for a message created at `date`; `random` is 8 hex characters. */
export function mailboxId(date: Date, random = randomBytes(4).toString("hex")): string {
  const stamp = date.toISOString().replace(/[-:.]/g, "") // 20261122T063000123Z
  return `${stamp}-${random}`
}

/** The file of a message, or undefined when the id is not one of ours (no traversal possible). */
export function messageFile(directory: string, id: string): string | undefined {
  if (!isMailboxId(id)) return undefined
  return path.join(path.resolve(directory), `${id}.json`)
}

export async function writeMailboxMessage(
  directory: string,
  input: Omit<MailboxMessage, "id" | "created_at">,
  now: Date = new Date()
): Promise<MailboxMessage> {
  const message: MailboxMessage = { id: mailboxId(now), created_at: now.toISOString(), ...input }
  await fs.mkdir(directory, { recursive: true })
  const file = messageFile(directory, message.id) as string
  const temp = path.join(path.dirname(file), `.${message.id}.tmp`)
  await fs.writeFile(temp, JSON.stringify(message, null, 2), "utf8")
  await fs.rename(temp, file)
  return message
}

async function messageIds(directory: string): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(directory)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return []
    throw error
  }
  return names
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .filter(isMailboxId)
    .sort()
    .reverse()
}

export async function readMailboxMessage(directory: string, id: string): Promise<MailboxMessage | undefined> {
  const file = messageFile(directory, id)
  if (!file) return undefined
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as MailboxMessage
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw error
  }
}

/** Newest first, `limit` from `offset`, with the total count. */
export async function listMailbox(
  directory: string,
  page: { limit: number; offset: number }
): Promise<{ messages: MailboxSummary[]; count: number }> {
  const ids = await messageIds(directory)
  const pageIds = ids.slice(page.offset, page.offset + page.limit)
  const messages = await Promise.all(pageIds.map((id) => readMailboxMessage(directory, id)))
  return {
    count: ids.length,
    messages: messages
      .filter((m): m is MailboxMessage => m !== undefined)
      .map(({ id, created_at, from, to, subject, template }) => ({ id, created_at, from, to, subject, template })),
  }
}
