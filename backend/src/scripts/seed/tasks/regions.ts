import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_ID, REGIONS } from "../data"
import { missingBy, progressLine } from "../plan"
import type { SeedContext } from "./context"

/** Creates the regions that are missing (by name); returns every seeded region's id by name. */
export async function ensureRegions({ container, logger }: SeedContext): Promise<Map<string, string>> {
  const regionService = container.resolve(Modules.REGION)
  const names = REGIONS.map((region) => region.name)
  const existing = await regionService.listRegions({ name: { $in: names } })
  const missing = missingBy(REGIONS, existing.map((region) => region.name), (region) => region.name)

  let created: { id: string; name: string }[] = []
  if (missing.length > 0) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({
          name: region.name,
          currency_code: region.currency_code,
          countries: region.countries,
          automatic_taxes: true,
          is_tax_inclusive: region.is_tax_inclusive,
          payment_providers: [PAYMENT_PROVIDER_ID],
        })),
      },
    })
    created = result
  }

  logger.info(progressLine("Regions", REGIONS.length, created.length))
  return new Map([...existing, ...created].map((region) => [region.name, region.id]))
}
