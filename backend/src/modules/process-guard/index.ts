import { Module } from "@medusajs/framework/utils"
import processGuardLoader from "./loader"
import ProcessGuardService from "./service"

export const PROCESS_GUARD_MODULE = "processGuard"

/**
 * Registered only when REDIS_URL is unset (see src/lib/config/modules.ts): makes a second
 * backend process on the same database refuse to start, because the in-memory lock that
 * keeps stock honest cannot span processes (FIELD-NOTES measured oversell).
 */
export default Module(PROCESS_GUARD_MODULE, {
  service: ProcessGuardService,
  loaders: [processGuardLoader],
})
