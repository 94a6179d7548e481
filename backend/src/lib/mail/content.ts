import { renderEmail, type RenderedEmail } from "./templates"

type Sendable = {
  template?: string | null
  data?: Record<string, unknown> | null
  content?: { subject?: string; html?: string; text?: string } | null
}

/**
 * What a provider puts in the message: the content the sender rendered (our workflows always
 * render, so a template error fails the workflow, not the transport), else the template
 * rendered from the notification's data, so a bare `createNotifications({ template, data })`
 * works too.
 */
export function emailContent(notification: Sendable): RenderedEmail {
  const content = notification.content
  if (content?.subject && (content.html || content.text)) {
    return { subject: content.subject, html: content.html ?? "", text: content.text ?? "" }
  }
  if (!notification.template) {
    throw new Error("An e-mail needs either rendered content (subject and html or text) or a template.")
  }
  return renderEmail(notification.template, notification.data ?? {})
}
