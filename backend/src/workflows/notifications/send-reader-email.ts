import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { EmailTemplateName } from "../../lib/mail/templates"
import { readerEmailNotification, type ReaderEmail } from "./reader-email"

export type SendReaderEmailResult = { sent: boolean; notification_id: string | null }

/**
 * Sends one reader e-mail (any template: pre-order date changed, postponed, cancelled, shipped…)
 * through the Notification Module's "email" channel — the dev mailbox or SMTP.
 *
 * The send step is Medusa's `sendNotificationsStep`, which has no compensation on purpose: an
 * e-mail that has left cannot be recalled, so a later failure in a calling workflow must not
 * pretend to undo it. Idempotency comes from `idempotency_key`: the module records a key with
 * the notification and skips it when it is delivered again (`sent: false`).
 */
export const sendReaderEmailWorkflow = createWorkflow("send-reader-email", (input: ReaderEmail) => {
  const notifications = transform({ input }, ({ input }) => [readerEmailNotification(input)])
  const created = sendNotificationsStep(notifications)
  const result = transform({ created }, ({ created }): SendReaderEmailResult => ({
    sent: created.length > 0,
    notification_id: created[0]?.id ?? null,
  }))
  return new WorkflowResponse(result)
})

/** Typed entry point for other features: the data must match the template. */
export async function sendReaderEmail<T extends EmailTemplateName>(
  container: MedusaContainer,
  email: ReaderEmail<T>
): Promise<SendReaderEmailResult> {
  const { result } = await sendReaderEmailWorkflow(container).run({ input: email as unknown as ReaderEmail })
  return result
}
