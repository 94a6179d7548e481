import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FULFILLMENT_PROVIDER_ID, STOCK_LOCATIONS, type LocationName } from "../data"
import { missingBy, progressLine } from "../plan"
import type { SeedContext } from "./context"

export type SeededLocation = { id: string; name: LocationName; fulfillmentSetId: string }

type LocationLinks = {
  id: string
  name: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

/**
 * The two warehouses, each linked to the storefront's sales channel and the manual
 * fulfillment provider, each with a shipping fulfillment set. Only missing pieces are made.
 */
export async function ensureStockLocations(
  { container, logger }: SeedContext,
  salesChannelId: string
): Promise<SeededLocation[]> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const names = STOCK_LOCATIONS.map((location) => location.name)

  const existing = await stockLocations.listStockLocations({ name: names })
  const missing = missingBy(STOCK_LOCATIONS, existing.map((l) => l.name), (l) => l.name)
  if (missing.length > 0) {
    await createStockLocationsWorkflow(container).run({
      input: { locations: missing.map(({ name, address }) => ({ name, address })) },
    })
  }
  logger.info(progressLine("Stock locations", STOCK_LOCATIONS.length, missing.length))

  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "sales_channels.id", "fulfillment_providers.id"],
    filters: { name: names },
  })
  const located = data as LocationLinks[]

  let linksCreated = 0
  let setsCreated = 0
  const seeded: SeededLocation[] = []
  for (const seed of STOCK_LOCATIONS) {
    const location = located.find((l) => l.name === seed.name)
    if (!location) throw new Error(`Stock location "${seed.name}" is missing after creation.`)

    if (!location.sales_channels?.some((sc) => sc?.id === salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [salesChannelId] },
      })
      linksCreated++
    }
    if (!location.fulfillment_providers?.some((p) => p?.id === FULFILLMENT_PROVIDER_ID)) {
      await createLinksWorkflow(container).run({
        input: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
          },
        ],
      })
      linksCreated++
    }

    let [set] = await fulfillment.listFulfillmentSets({ name: seed.fulfillment_set_name })
    if (!set) {
      await createLocationFulfillmentSetWorkflow(container).run({
        input: {
          location_id: location.id,
          fulfillment_set_data: { name: seed.fulfillment_set_name, type: "shipping" },
        },
      })
      ;[set] = await fulfillment.listFulfillmentSets({ name: seed.fulfillment_set_name })
      if (!set) throw new Error(`Fulfillment set "${seed.fulfillment_set_name}" is missing after creation.`)
      setsCreated++
    }
    seeded.push({ id: location.id, name: seed.name, fulfillmentSetId: set.id })
  }

  logger.info(progressLine("Fulfillment sets", STOCK_LOCATIONS.length, setsCreated))
  logger.info(progressLine("Warehouse links (sales channel, provider)", STOCK_LOCATIONS.length * 2, linksCreated))
  return seeded
}
