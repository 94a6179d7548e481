export type MemoisedAsync<T> = {
  (): Promise<T>
  /** Forget the remembered value so the next call runs the loader again. */
  clear: () => void
}

type Options = {
  /** How long a successful result is fresh, in milliseconds. Default: for ever. */
  ttlMs?: number
  /**
   * Once the result is stale, keep answering with it while one reload runs in the background
   * (callers never wait after the first load; a failed reload keeps the old value).
   */
  staleWhileRevalidate?: boolean
  /** Injected clock for tests. */
  now?: () => number
}

/**
 * Runs `load` at most once at a time and remembers its result (for `ttlMs`, or for ever).
 * Concurrent callers share the pending promise. A failure is never remembered: the next call
 * tries again, so a backend that was not up yet does not poison the process.
 */
export function memoiseAsync<T>(load: () => Promise<T>, options: Options = {}): MemoisedAsync<T> {
  const ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY
  const now = options.now ?? Date.now
  let pending: Promise<T> | null = null
  let value: { data: T; expiresAt: number } | null = null

  const reload = (): Promise<T> => {
    pending ??= load().then(
      (data) => {
        value = { data, expiresAt: now() + ttlMs }
        pending = null
        return data
      },
      (error: unknown) => {
        pending = null
        throw error
      }
    )
    return pending
  }

  const memoised = (): Promise<T> => {
    if (value && now() < value.expiresAt) return Promise.resolve(value.data)
    if (value && options.staleWhileRevalidate) {
      reload().catch(() => {
        // Keep serving the stale value; the next call tries again.
      })
      return Promise.resolve(value.data)
    }
    return reload()
  }
  memoised.clear = () => {
    value = null
    pending = null
  }
  return memoised
}
