import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVALIDATING_EVENTS, tagsForEvent } from "../lib/storefront-revalidation"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/revalidate-storefront"

/** Catalogue, price, stock or region changes refresh the storefront's cached pages. */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const tags = tagsForEvent(event.name)
  if (tags.length) await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = { event: REVALIDATING_EVENTS }
