import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readMailConfig } from "../../../lib/mail/mail-config"
import { listMailbox } from "../../../lib/mail/mailbox"
import { AdminMailboxListParams, parseOrBadRequest } from "./validators"

/**
 * GET /admin/mailbox?limit=&offset= — the dev mailbox, newest first. With SMTP_URL set the
 * shop keeps no mailbox: `transport: "smtp"` and an empty list.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseOrBadRequest(AdminMailboxListParams, req.query)
  const mail = readMailConfig(process.env)
  if (mail.transport === "smtp") {
    res.json({ transport: "smtp", from: mail.from, messages: [], count: 0, limit, offset })
    return
  }
  const { messages, count } = await listMailbox(mail.directory, { limit, offset })
  res.json({ transport: "mailbox", from: mail.from, directory: mail.directory, messages, count, limit, offset })
}
