import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPreorderLinesWorkflow } from "../workflows/preorder/record-preorder-lines"

/** An order was placed: its pre-ordered items become pending pre-order lines (idempotent). */
export default async function recordPreorders({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPreorderLinesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "record-preorder-lines" } }
