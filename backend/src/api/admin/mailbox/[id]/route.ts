import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readMailConfig } from "../../../../lib/mail/mail-config"
import { readMailboxMessage } from "../../../../lib/mail/mailbox"
import { AdminMailboxMessageParams, parseOrBadRequest } from "../validators"

/** GET /admin/mailbox/:id — one message with its HTML and text; 400 for a malformed id, 404 unknown. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseOrBadRequest(AdminMailboxMessageParams, req.params)
  const mail = readMailConfig(process.env)
  const message = mail.transport === "mailbox" ? await readMailboxMessage(mail.directory, id) : undefined
  if (!message) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No message ${id} in the mailbox`)
  }
  res.json({ message })
}
