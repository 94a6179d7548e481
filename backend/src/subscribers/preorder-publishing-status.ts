import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BookEvents } from "../lib/book-events"
import { applyPublishingStatusWorkflow, type PublishingStatusChange } from "../workflows/preorder/apply-publishing-status"

/** A book's publishing status changed: its pre-orders follow (open, e-mail postponed, cancel and refund). */
export default async function preorderPublishingStatus({ event, container }: SubscriberArgs<PublishingStatusChange>) {
  await applyPublishingStatusWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: BookEvents.PUBLISHING_STATUS_CHANGED,
  context: { subscriberId: "preorder-publishing-status" },
}
