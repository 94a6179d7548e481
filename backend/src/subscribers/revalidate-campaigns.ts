import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CampaignEvents } from "../workflows/campaign/types"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/revalidate-storefront"

/** A campaign written in the admin refreshes the storefront's campaign pages and home page. */
export default async function revalidateCampaigns({ event, container }: SubscriberArgs<{ slug?: string }>) {
  const slug = event.data?.slug
  const tags = ["campaigns", ...(slug ? [`campaign:${slug}`] : [])]
  await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = { event: Object.values(CampaignEvents) }
