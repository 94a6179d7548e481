import { Client } from "pg"

/** Arbitrary but fixed advisory-lock key: "one in-memory-locked backend per database". */
export const SINGLE_PROCESS_LOCK_KEY = 741_953_117

export class SecondProcessError extends Error {
  override name = "SecondProcessError"
}

export const SECOND_PROCESS_MESSAGE =
  "Refusing to start: another backend process is already serving this database without Redis. Medusa's in-memory lock only protects stock inside one process, so two processes can oversell. Stop the other process, or set REDIS_URL on every process (Redis locking) to run several."

export type HeldLock = { release: () => Promise<void> }

/**
 * Holds a session-level Postgres advisory lock on a dedicated connection for the life of
 * the process. A second backend on the same database (without Redis) cannot take it and
 * refuses to start. The lock disappears with the connection, so a crashed process never
 * leaves it behind. Retries briefly so `medusa develop` restarts do not trip over the
 * process being replaced.
 */
export async function acquireSingleProcessLock(
  databaseUrl: string,
  { attempts = 10, delayMs = 500 }: { attempts?: number; delayMs?: number } = {}
): Promise<HeldLock> {
  const client = new Client({ connectionString: databaseUrl, application_name: "bookshop-process-guard" })
  client.on("error", () => undefined)
  await client.connect()
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1) as locked", [
      SINGLE_PROCESS_LOCK_KEY,
    ])
    if (result.rows[0]?.locked) {
      return { release: () => client.end() }
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, delayMs))
  }
  await client.end()
  throw new SecondProcessError(SECOND_PROCESS_MESSAGE)
}
