// Starts the shop exactly as `npm start` does, on free ports with throwaway data
// (scripts/lib/isolated-shop.ts), before the browser journeys run.
import fs from "node:fs"
import { register } from "tsx/esm/api"

export default async function startShop() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium is not installed at ${chromium}. Install Debian's package (apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.`)
  }
  register()
  const { startIsolatedShop } = await import("../../../scripts/lib/isolated-shop.ts")
  process.stdout.write("\nStarting the shop for the browser tests…\n")
  const shop = await startIsolatedShop({ onProgress: (line) => process.stdout.write(`  ${line}\n`) })
  globalThis.__BOOKSHOP_E2E__ = shop
  process.env.E2E_STOREFRONT_URL = shop.storefrontUrl
  process.env.E2E_BACKEND_URL = shop.backendUrl
  process.env.E2E_ADMIN_EMAIL = shop.adminEmail
  process.env.E2E_ADMIN_PASSWORD = shop.adminPassword
}
