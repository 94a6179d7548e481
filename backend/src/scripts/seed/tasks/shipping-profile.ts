import { createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { SeedContext } from "./context"

const DEFAULT_PROFILE = { name: "Default Shipping Profile", type: "default" }

/** Medusa's default shipping profile (a core migration normally creates it); returns its id. */
export async function ensureDefaultShippingProfile({ container, logger }: SeedContext): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: DEFAULT_PROFILE.type })
  if (existing) {
    logger.info(`Shipping profile: ${existing.name} (exists)`)
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [DEFAULT_PROFILE] },
  })
  const created = result[0]
  if (!created) throw new Error("Creating the default shipping profile returned nothing.")
  logger.info(`Shipping profile: ${created.name} (created)`)
  return created.id
}
