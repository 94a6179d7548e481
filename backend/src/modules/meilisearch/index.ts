import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

/**
 * Meilisearch provider for Medusa's Search Module, registered by medusa-config when
 * MEILISEARCH_HOST is set (see src/lib/config/modules.ts); Postgres search otherwise.
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchProvider],
})
