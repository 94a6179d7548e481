import { renderOrderConfirmation } from "./order-confirmation"
import {
  renderPreorderCancelled,
  renderPreorderPostponed,
  renderPreorderReleaseDateChanged,
  renderPreorderShipped,
} from "./preorder"
import type { RenderedEmail } from "./layout"

export type { RenderedEmail } from "./layout"
export type { OrderConfirmationData } from "./order-confirmation"
export type {
  PreorderCancelledData,
  PreorderPostponedData,
  PreorderReleaseDateChangedData,
  PreorderShippedData,
} from "./preorder"
export { escapeHtml } from "./escape"

/**
 * Every e-mail a reader can receive, by template name (the `template` of the notification).
 * Each renderer validates its data and throws a ZodError when something is missing.
 */
export const EMAIL_TEMPLATES = {
  "order-confirmation": renderOrderConfirmation,
  "preorder-release-date-changed": renderPreorderReleaseDateChanged,
  "preorder-postponed": renderPreorderPostponed,
  "preorder-cancelled": renderPreorderCancelled,
  "preorder-shipped": renderPreorderShipped,
} as const

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES
/** The data each template takes, e.g. `EmailTemplateData<"preorder-shipped">`. */
export type EmailTemplateData<T extends EmailTemplateName> = Parameters<(typeof EMAIL_TEMPLATES)[T]>[0]

export const EMAIL_TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[]

export function isEmailTemplate(name: unknown): name is EmailTemplateName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(EMAIL_TEMPLATES, name)
}

export class UnknownEmailTemplateError extends Error {
  override name = "UnknownEmailTemplateError"
}

/** Subject, HTML and text for a template and its data (validated by the template). */
export function renderEmail(template: string, data: unknown): RenderedEmail {
  if (!isEmailTemplate(template)) {
    throw new UnknownEmailTemplateError(
      `Unknown e-mail template "${template}" (known: ${EMAIL_TEMPLATE_NAMES.join(", ")}).`
    )
  }
  const render = EMAIL_TEMPLATES[template] as (input: unknown) => RenderedEmail
  return render(data)
}
