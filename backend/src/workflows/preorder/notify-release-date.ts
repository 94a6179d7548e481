import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { releaseDateChangeTemplate, releaseDay as day } from "../../lib/inventory/preorder-news"
import { sendReaderEmail } from "../notifications/send-reader-email"
import { lineMail, readLineOrders } from "./lib/line-orders"

/** Data of the `preorder.release_date_changed` event (emitted by setPreorderTermsWorkflow). */
export type ReleaseDateChange = { variant_id: string; previous_date: string; new_date: string }

const PAGE = 500

async function notifyPage(container: MedusaContainer, change: ReleaseDateChange, lines: { id: string; order_id: string; line_item_id: string }[]) {
  const template = releaseDateChangeTemplate(change.previous_date, change.new_date)
  if (!template || lines.length === 0) return 0
  const orders = await readLineOrders(container, lines)
  let sent = 0
  for (const line of lines) {
    const mail = lineMail(orders.get(line.order_id), line.line_item_id)
    if (!mail) continue
    const { to, ...base } = mail
    // One e-mail per line and change: a redelivered event sends nothing twice.
    const idempotency_key = `preorder-date:${line.id}:${day(change.previous_date)}>${day(change.new_date)}`
    const result =
      template === "preorder-postponed"
        ? await sendReaderEmail(container, { to, template, data: { ...base, new_date: day(change.new_date) }, idempotency_key })
        : await sendReaderEmail(container, { to, template, data: { ...base, previous_date: day(change.previous_date), new_date: day(change.new_date) }, idempotency_key })
    if (result.sent) sent++
  }
  return sent
}

/**
 * E-mails every reader with a pending pre-order of the variant that its release date moved
 * (pages of 500 lines, oldest first). Sending has no compensation: a sent e-mail cannot be
 * recalled, and the idempotency keys make a re-run send only what is missing.
 */
const notifyReleaseDateChangeStep = createStep("notify-preorder-release-date-change", async (change: ReleaseDateChange, { container }) => {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  let sent = 0
  for (let skip = 0; ; skip += PAGE) {
    const page = await service.listPreorderLines(
      { variant_id: change.variant_id, status: "pending" },
      { select: ["id", "order_id", "line_item_id"], skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } }
    )
    sent += await notifyPage(container, change, page)
    if (page.length < PAGE) return new StepResponse({ sent })
  }
})

export const notifyReleaseDateChangeWorkflow = createWorkflow("notify-preorder-release-date-change", (input: ReleaseDateChange) => {
  return new WorkflowResponse(notifyReleaseDateChangeStep(input))
})
