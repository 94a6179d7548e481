/**
 * Per-variant stock locks, taken through Medusa's Locking Module (in-memory in the embedded
 * default's single process, Redis when several processes share the database): checkout
 * validation + reservation, pre-order claims and allocation of one variant never interleave.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const stockLockKey = (variantId: string) => `bookshop-stock:${variantId}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type LockOptions = { ownerId: string; expireSeconds?: number; waitSeconds?: number }

/**
 * Takes the locks of the variants (sorted, one at a time, so two callers never hold each
 * other's keys), waiting up to `waitSeconds`; returns the keys held. Re-entrant per owner.
 */
export async function acquireVariantLocks(
  container: MedusaContainer,
  variantIds: readonly string[],
  { ownerId, expireSeconds = 90, waitSeconds = 60 }: LockOptions
): Promise<string[]> {
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(variantIds)].sort().map(stockLockKey)
  const deadline = Date.now() + waitSeconds * 1000
  const held: string[] = []
  try {
    for (const key of keys) {
      let delay = 10
      for (;;) {
        try {
          await locking.acquire(key, { ownerId, expire: expireSeconds })
          held.push(key)
          break
        } catch (error) {
          if (Date.now() >= deadline) throw error
          await sleep(delay + Math.floor(Math.random() * delay))
          delay = Math.min(delay * 2, 200)
        }
      }
    }
    return held
  } catch {
    if (held.length > 0) await locking.release(held, { ownerId })
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "The shop is busy with these titles right now; please try again in a moment."
    )
  }
}

export async function releaseVariantLocks(container: MedusaContainer, keys: readonly string[], ownerId: string) {
  if (keys.length === 0) return
  await container.resolve(Modules.LOCKING).release([...keys], { ownerId })
}

/** Runs `job` holding the variants' locks (for workflow steps that start and finish inside). */
export async function withVariantLocks<T>(
  container: MedusaContainer,
  variantIds: readonly string[],
  ownerId: string,
  job: () => Promise<T>
): Promise<T> {
  const keys = await acquireVariantLocks(container, variantIds, { ownerId })
  try {
    return await job()
  } finally {
    await releaseVariantLocks(container, keys, ownerId)
  }
}
