/**
 * The idempotent demo seed: `medusa exec ./src/scripts/seed.ts` (from backend/).
 * Every entity is looked up by a natural key (name, handle, title, e-mail) and only the
 * missing ones are created, always through Medusa's core workflows (and the book module's own
 * workflows for contributors and book details, written only when missing or different). The
 * seed version is written to the store last, so a run that fails half-way is simply run again.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readAdminCredentials, requirePassword } from "./seed/admin-credentials"
import { DEFAULT_LOCATION_NAME, DEFAULT_REGION_NAME } from "./seed/data"
import { adminExists, ensureAdminUser } from "./seed/tasks/admin-user"
import { ensurePublishableKey } from "./seed/tasks/api-key"
import { ensureBookDetails } from "./seed/tasks/book-details"
import { ensureCampaigns } from "./seed/tasks/campaigns"
import { ensureContributors } from "./seed/tasks/contributors"
import { ensureCovers } from "./seed/tasks/covers"
import { ensurePreorderTerms } from "./seed/tasks/preorders"
import type { SeedContext } from "./seed/tasks/context"
import { ensureInventoryLevels, ensureProducts } from "./seed/tasks/products"
import { ensureRegions } from "./seed/tasks/regions"
import { ensureSalesChannel } from "./seed/tasks/sales-channel"
import { ensureShipping } from "./seed/tasks/shipping"
import { ensureDefaultShippingProfile } from "./seed/tasks/shipping-profile"
import { ensureStockLocations } from "./seed/tasks/stock-locations"
import { ensureStore, markSeeded } from "./seed/tasks/store"
import { ensureSeries, ensureSubjects, ensureTitleGroups } from "./seed/tasks/taxonomy"
import { ensureTaxRegions } from "./seed/tasks/tax-regions"
import { SEED_VERSION } from "./seed/version"
import { ensureSearchIndexActive } from "./seed/tasks/search-index"

export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: SeedContext = { container, logger }
  const started = Date.now()
  logger.info(`Seeding the Wellred Books demo data (version ${SEED_VERSION})…`)

  // Fail before writing anything if the admin has to be created and there is no password.
  const admin = readAdminCredentials(process.env)
  if (!(await adminExists(ctx, admin.email))) requirePassword(admin)

  await ensureSearchIndexActive(ctx)
  const salesChannelId = await ensureSalesChannel(ctx)
  const regionIds = await ensureRegions(ctx)
  await ensureTaxRegions(ctx)
  const shippingProfileId = await ensureDefaultShippingProfile(ctx)
  const locations = await ensureStockLocations(ctx, salesChannelId)
  await ensureShipping(ctx, locations, shippingProfileId)

  const regionId = regionIds.get(DEFAULT_REGION_NAME)
  const locationId = locations.find((l) => l.name === DEFAULT_LOCATION_NAME)?.id
  if (!regionId || !locationId) throw new Error("The default region or stock location is missing.")
  const storeId = await ensureStore(ctx, { salesChannelId, regionId, locationId })

  await ensureProducts(ctx, { salesChannelId, shippingProfileId })
  await ensureInventoryLevels(ctx, locations)
  const contributorIds = await ensureContributors(ctx)
  await ensureBookDetails(ctx, contributorIds)
  await ensureTitleGroups(ctx, await ensureSeries(ctx), await ensureSubjects(ctx))
  await ensureCovers(ctx)
  await ensurePreorderTerms(ctx)
  await ensureCampaigns(ctx)
  // Last of the catalogue: the storefront discovers its key only once products exist.
  await ensurePublishableKey(ctx, salesChannelId)
  await ensureAdminUser(ctx, admin)

  await markSeeded(ctx, storeId)
  logger.info(`Seed complete in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
