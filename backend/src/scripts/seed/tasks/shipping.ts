import {
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { FulfillmentWorkflow } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FULFILLMENT_PROVIDER_ID, REGIONS, SHIPPING_OPTION_KINDS, type RegionSeed } from "../data"
import { progressLine } from "../plan"
import type { SeedContext } from "./context"
import type { SeededLocation } from "./stock-locations"

type Zone = { id: string; name: string; shipping_options?: { name: string }[] }

/** Service zones and their sets, read fresh (zones nest shipping options). */
async function listZones({ container }: SeedContext, setIds: string[]): Promise<Map<string, Zone>> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const sets = await fulfillment.listFulfillmentSets(
    { id: setIds },
    { relations: ["service_zones", "service_zones.shipping_options"] }
  )
  return new Map(sets.flatMap((set) => set.service_zones.map((zone): [string, Zone] => [zone.name, zone])))
}

function setFor(region: RegionSeed, locations: readonly SeededLocation[]): string {
  const location = locations.find((l) => l.name === region.ships_from)
  if (!location) throw new Error(`Region "${region.name}" ships from unknown location "${region.ships_from}".`)
  return location.fulfillmentSetId
}

/**
 * One service zone per region (named after it) in the fulfillment set of the warehouse that
 * ships there, and a flat-rate "Standard" and "Express" option in the region's currency.
 */
export async function ensureShipping(
  ctx: SeedContext,
  locations: readonly SeededLocation[],
  shippingProfileId: string
): Promise<void> {
  const setIds = locations.map((l) => l.fulfillmentSetId)
  let zones = await listZones(ctx, setIds)

  const missingZones = REGIONS.filter((region) => !zones.has(region.name))
  if (missingZones.length > 0) {
    await createServiceZonesWorkflow(ctx.container).run({
      input: {
        data: missingZones.map((region) => ({
          name: region.name,
          fulfillment_set_id: setFor(region, locations),
          geo_zones: region.countries.map((country_code) => ({ type: "country" as const, country_code })),
        })),
      },
    })
    zones = await listZones(ctx, setIds)
  }
  ctx.logger.info(progressLine("Service zones", REGIONS.length, missingZones.length))

  const options: FulfillmentWorkflow.CreateShippingOptionsWorkflowInput[] = []
  for (const region of REGIONS) {
    const zone = zones.get(region.name)
    if (!zone) throw new Error(`Service zone "${region.name}" is missing after creation.`)
    for (const kind of SHIPPING_OPTION_KINDS) {
      if (zone.shipping_options?.some((option) => option.name === kind.name)) continue
      options.push({
        name: kind.name,
        price_type: "flat",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        provider_id: FULFILLMENT_PROVIDER_ID,
        type: { label: kind.name, description: region.delivery[kind.code], code: kind.code },
        prices: [{ currency_code: region.currency_code, amount: region.shipping[kind.code] }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      })
    }
  }
  if (options.length > 0) {
    await createShippingOptionsWorkflow(ctx.container).run({ input: options })
  }
  ctx.logger.info(progressLine("Shipping options", REGIONS.length * SHIPPING_OPTION_KINDS.length, options.length))
}
