import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markPreordersShippedWorkflow } from "../workflows/preorder/mark-preorders-shipped"

/** Medusa marked a fulfilment shipped: its allocated pre-order lines become shipped and readers are e-mailed (idempotent). */
export default async function preorderShipped({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await markPreordersShippedWorkflow(container).run({ input: { fulfillment_id: event.data.id, no_notification: event.data.no_notification ?? false } })
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "preorder-shipped" } }
