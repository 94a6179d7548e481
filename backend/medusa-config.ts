import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  assertSafeProcessTopology,
  corsOrigins,
  readRuntimeConfig,
  sessionCookieOptions,
} from "./src/lib/config/runtime-config"
import { buildModules } from "./src/lib/config/modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const config = readRuntimeConfig(process.env)
assertSafeProcessTopology(config, process.argv)
const cors = corsOrigins(config, process.env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: config.databaseUrl,
    redisUrl: config.redisUrl,
    workerMode: config.workerMode,
    cookieOptions: sessionCookieOptions(config),
    http: {
      storeCors: cors.store,
      adminCors: cors.admin,
      authCors: cors.auth,
      jwtSecret: config.jwtSecret,
      cookieSecret: config.cookieSecret,
    },
  },
  admin: {
    disable: config.adminDisabled,
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: config.redisUrl ? { caching: true } : {},
  modules: buildModules(config),
})
