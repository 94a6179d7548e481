import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOREFRONT_KEY_TITLE } from "../../../lib/storefront-key"
import type { SeedContext } from "./context"

type KeyLinks = { id: string; sales_channels?: ({ id: string } | null)[] | null }

/**
 * The storefront's publishable key (by title, ignoring revoked ones), scoped to the
 * storefront's sales channel. Created last so the storefront never sees an empty catalogue.
 */
export async function ensurePublishableKey({ container, logger }: SeedContext, salesChannelId: string): Promise<void> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const found = await apiKeys.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  let key = found.find((k) => !k.revoked_at)
  const created = !key
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    if (!key) throw new Error(`Creating the publishable key "${STOREFRONT_KEY_TITLE}" returned nothing.`)
  }

  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data as KeyLinks[])[0]?.sales_channels?.some((sc) => sc?.id === salesChannelId)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  const status = [created ? "created" : "exists", ...(linked ? [] : ["linked to sales channel"])]
  logger.info(`Publishable API key: ${STOREFRONT_KEY_TITLE} (${status.join(", ")})`)
}
