import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { BOOK_TAX_RATES, REGIONS, TAX_PROVIDER_ID } from "../data"
import { missingBy, progressLine } from "../plan"
import type { SeedContext } from "./context"

/** One country-level tax region per seeded country, with the book rate as its default rate. */
export async function ensureTaxRegions({ container, logger }: SeedContext): Promise<void> {
  const taxService = container.resolve(Modules.TAX)
  const countries = REGIONS.flatMap((region) => region.countries)
  const existing = await taxService.listTaxRegions({ country_code: countries })
  const countryLevel = existing.filter((taxRegion) => !taxRegion.province_code && !taxRegion.parent_id)
  const missing = missingBy(countries, countryLevel.map((taxRegion) => taxRegion.country_code), (c) => c)

  if (missing.length > 0) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => {
        const books = BOOK_TAX_RATES[country_code]
        if (!books) throw new Error(`No book tax rate for country "${country_code}" in seed data.`)
        return {
          country_code,
          provider_id: TAX_PROVIDER_ID,
          default_tax_rate: { rate: books.rate, code: `books-${country_code}`, name: books.name },
        }
      }),
    })
  }
  logger.info(progressLine("Tax regions", countries.length, missing.length))
}
