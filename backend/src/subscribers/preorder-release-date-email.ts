import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyReleaseDateChangeWorkflow, type ReleaseDateChange } from "../workflows/preorder/notify-release-date"
import { PREORDER_RELEASE_DATE_CHANGED } from "../workflows/preorder/set-preorder-terms"

/** Staff moved a pre-order's release date: e-mail readers with pending pre-orders (idempotent per line and change). */
export default async function preorderReleaseDateEmail({ event, container }: SubscriberArgs<ReleaseDateChange>) {
  await notifyReleaseDateChangeWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: PREORDER_RELEASE_DATE_CHANGED, context: { subscriberId: "preorder-release-date-email" } }
