import "server-only"
import Medusa, { Client } from "@medusajs/js-sdk"
import { publishableKeyPath, resolvePublishableKey } from "./publishable-key"
import { memoiseAsync } from "./util/memoise-async"

/** Where the Medusa backend listens, as seen from the storefront server. */
export const medusaBackendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** Asks the backend for the storefront's key. The answer is never put in Next's data cache. */
function discoverPublishableKey(): Promise<unknown> {
  const bootstrap = new Client({ baseUrl: medusaBackendUrl })
  return bootstrap.fetch<unknown>(publishableKeyPath, {
    cache: "no-store",
    signal: AbortSignal.timeout(5000),
  })
}

/**
 * The storefront's one Medusa SDK instance. It is created on first use, once the publishable key
 * is known (from MEDUSA_PUBLISHABLE_KEY or discovered from the backend), and remembered for the
 * life of the process. A failed discovery is not remembered: the next request tries again.
 * Only `src/lib/data/*` may use it.
 */
export const getSdk = memoiseAsync(async () => {
  const publishableKey = await resolvePublishableKey(
    process.env.MEDUSA_PUBLISHABLE_KEY,
    discoverPublishableKey
  )
  return new Medusa({ baseUrl: medusaBackendUrl, publishableKey })
})
