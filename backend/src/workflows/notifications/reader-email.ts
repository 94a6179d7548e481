import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { renderEmail, type EmailTemplateData, type EmailTemplateName } from "../../lib/mail/templates"

/** One e-mail to a reader: a template of src/lib/mail/templates and its data. */
export type ReaderEmail<T extends EmailTemplateName = EmailTemplateName> = {
  to: string
  template: T
  data: EmailTemplateData<T>
  /**
   * Sends at most once per key (the Notification Module skips a key it has already sent), e.g.
   * `order-confirmation:<order id>` or `preorder-shipped:<pre-order line id>`.
   */
  idempotency_key?: string
  trigger_type?: string
  resource_type?: string
  resource_id?: string
  receiver_id?: string
}

/**
 * The notification to create for a reader e-mail. Rendering here (and not only in the provider)
 * means bad template data fails the workflow with the template's own message, before anything
 * is recorded or sent; the provider receives the finished subject, HTML and text.
 */
export function readerEmailNotification(email: ReaderEmail): CreateNotificationDTO {
  const data = email.data as unknown as Record<string, unknown>
  const content = renderEmail(email.template, data)
  return {
    to: email.to,
    channel: "email",
    template: email.template,
    data,
    content,
    idempotency_key: email.idempotency_key ?? null,
    trigger_type: email.trigger_type ?? null,
    resource_type: email.resource_type ?? null,
    resource_id: email.resource_id ?? null,
    receiver_id: email.receiver_id ?? null,
  }
}
