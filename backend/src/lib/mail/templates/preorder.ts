import { z } from "@medusajs/framework/zod"
import { escapeHtml } from "./escape"
import { formatDate, formatMoney } from "./format"
import { htmlDocument, para, textDocument, type RenderedEmail } from "./layout"

/**
 * The mails a reader with a pending pre-order receives (issue 5): the release date moved, the
 * title was postponed, the pre-order was cancelled and refunded, the copy shipped. Each names
 * the order and the title; dates are ISO strings, amounts in the currency's main unit.
 */
const base = {
  order_number: z.union([z.number().int(), z.string().min(1)]),
  customer_name: z.string().nullish(),
  title: z.string().min(1),
  format: z.string().nullish(),
}

export const PreorderReleaseDateChangedData = z.object({
  ...base,
  previous_date: z.string().nullish(),
  new_date: z.string().min(1),
})
export const PreorderPostponedData = z.object({
  ...base,
  /** The new expected date, when there is one. */
  new_date: z.string().nullish(),
  reason: z.string().nullish(),
})
export const PreorderCancelledData = z.object({
  ...base,
  quantity: z.number().int().positive().default(1),
  refund_amount: z.number().finite().nonnegative(),
  currency_code: z.string().length(3),
  reason: z.string().nullish(),
})
export const PreorderShippedData = z.object({
  ...base,
  quantity: z.number().int().positive().default(1),
  tracking_numbers: z.array(z.string().min(1)).default([]),
})

export type PreorderReleaseDateChangedData = z.input<typeof PreorderReleaseDateChangedData>
export type PreorderPostponedData = z.input<typeof PreorderPostponedData>
export type PreorderCancelledData = z.input<typeof PreorderCancelledData>
export type PreorderShippedData = z.input<typeof PreorderShippedData>

const label = (d: { title: string; format?: string | null }) => (d.format ? `${d.title} (${d.format})` : d.title)
const hello = (d: { customer_name?: string | null }) => (d.customer_name ? `Dear ${d.customer_name},` : "Hello,")

/** One mail from a heading and plain-text paragraphs (escaped here, for HTML). */
function compose(subject: string, heading: string, paragraphs: string[]): RenderedEmail {
  const html = htmlDocument(
    heading,
    [`<h1 style="margin:0 0 12px;font-size:24px">${escapeHtml(heading)}</h1>`, ...paragraphs.map(para)].join("\n")
  )
  return { subject, html, text: textDocument([heading, ...paragraphs]) }
}

export function renderPreorderReleaseDateChanged(input: PreorderReleaseDateChangedData): RenderedEmail {
  const d = PreorderReleaseDateChangedData.parse(input)
  const moved = d.previous_date
    ? `The release date of ${label(d)} has moved from ${formatDate(d.previous_date)} to ${formatDate(d.new_date)}.`
    : `The release date of ${label(d)} is now ${formatDate(d.new_date)}.`
  return compose(`New release date for ${d.title}`, `${d.title}: new release date`, [
    hello(d),
    moved,
    `Your pre-order (order #${d.order_number}) stays in place and ships on the new date. You can cancel it from your account at any time before it ships.`,
  ])
}

export function renderPreorderPostponed(input: PreorderPostponedData): RenderedEmail {
  const d = PreorderPostponedData.parse(input)
  return compose(`${d.title} is postponed`, `${d.title} is postponed`, [
    hello(d),
    `The publication of ${label(d)} has been postponed${d.reason ? `: ${d.reason}` : "."}`,
    d.new_date
      ? `We now expect it on ${formatDate(d.new_date)}.`
      : "We do not have a new date yet and will write again as soon as we do.",
    `Your pre-order (order #${d.order_number}) stays in place. If you would rather not wait, you can cancel it from your account and we will refund you in full.`,
  ])
}

export function renderPreorderCancelled(input: PreorderCancelledData): RenderedEmail {
  const d = PreorderCancelledData.parse(input)
  const refund = formatMoney(d.refund_amount, d.currency_code)
  return compose(`Your pre-order of ${d.title} is cancelled`, "Pre-order cancelled and refunded", [
    hello(d),
    `Your pre-order of ${d.quantity} × ${label(d)} (order #${d.order_number}) is cancelled${d.reason ? `: ${d.reason}` : "."}`,
    `We have refunded ${refund} to your original payment method; depending on your bank it can take a few days to appear.`,
  ])
}

export function renderPreorderShipped(input: PreorderShippedData): RenderedEmail {
  const d = PreorderShippedData.parse(input)
  const tracking = d.tracking_numbers.length
    ? [`Tracking: ${d.tracking_numbers.join(", ")}`]
    : []
  return compose(`Your copy of ${d.title} is on its way`, `${d.title} has shipped`, [
    hello(d),
    `Your pre-ordered ${d.quantity} × ${label(d)} (order #${d.order_number}) has left our warehouse.`,
    ...tracking,
    "Thank you for your patience — and for supporting the book before it came out.",
  ])
}
