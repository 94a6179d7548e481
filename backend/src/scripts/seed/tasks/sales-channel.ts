import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SALES_CHANNEL } from "../data"
import type { SeedContext } from "./context"

/** The storefront's sales channel, looked up by name; returns its id. */
export async function ensureSalesChannel({ container, logger }: SeedContext): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL.name })
  if (existing) {
    logger.info(`Sales channel: ${SALES_CHANNEL.name} (exists)`)
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ ...SALES_CHANNEL, is_disabled: false }] },
  })
  const created = result[0]
  if (!created) throw new Error(`Creating the sales channel "${SALES_CHANNEL.name}" returned nothing.`)
  logger.info(`Sales channel: ${SALES_CHANNEL.name} (created)`)
  return created.id
}
