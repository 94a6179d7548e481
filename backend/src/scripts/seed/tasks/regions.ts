import { createRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { REGIONS, regionPaymentProviders } from "../data"
import { missingBy, progressLine } from "../plan"
import type { SeedContext } from "./context"

/**
 * Creates the regions that are missing (by name) and gives every region the payment providers
 * configured now (Stripe joins when STRIPE_API_KEY is set: `npm run seed` after adding the keys
 * to a shop seeded without them). Returns every seeded region's id by name.
 */
export async function ensureRegions({ container, logger }: SeedContext): Promise<Map<string, string>> {
  const regionService = container.resolve(Modules.REGION)
  const providers = regionPaymentProviders(process.env)
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
          payment_providers: providers,
        })),
      },
    })
    created = result
  }

  if (existing.length > 0 && providers.length > 1) {
    // Stripe was configured after these regions were seeded: offer it there too.
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: existing.map((region) => region.id) }, update: { payment_providers: providers } },
    })
  }

  logger.info(progressLine("Regions", REGIONS.length, created.length))
  return new Map([...existing, ...created].map((region) => [region.name, region.id]))
}
