import "server-only"
import type { FetchArgs } from "@medusajs/js-sdk"
import { isPublishableKeyRejection } from "../publishable-key"
import { getSdk } from "../sdk"

/**
 * A request to the Medusa store API through the one SDK instance. If the backend rejects the
 * remembered publishable key (say the database was re-seeded), the key is discovered again and
 * the request retried once.
 */
export async function storeFetch<T>(path: string, init: FetchArgs): Promise<T> {
  const sdk = await getSdk()
  try {
    return await sdk.client.fetch<T>(path, init)
  } catch (error) {
    if (process.env.MEDUSA_PUBLISHABLE_KEY || !isPublishableKeyRejection(error)) throw error
    getSdk.clear()
    return (await getSdk()).client.fetch<T>(path, init)
  }
}
