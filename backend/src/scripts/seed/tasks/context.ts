import type { Logger, MedusaContainer } from "@medusajs/framework/types"

/** What every seed task gets: the Medusa container and its logger. */
export type SeedContext = {
  container: MedusaContainer
  logger: Logger
}
