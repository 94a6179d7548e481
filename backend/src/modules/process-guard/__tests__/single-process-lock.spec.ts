import { Client } from "pg"
import { acquireSingleProcessLock, type HeldLock } from "../single-process-lock"
import { isServingProcess } from "../loader"

// Runs against the real PostgreSQL of the integration suites (DB_* env from global setup).
const url = () =>
  `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(
    process.env.DB_PASSWORD ?? ""
  )}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/postgres`

describe("one backend process per database without Redis", () => {
  const held: HeldLock[] = []
  afterEach(async () => {
    await Promise.all(held.splice(0).map((lock) => lock.release()))
  })

  it("lets the first process start and refuses a second one with a clear reason", async () => {
    held.push(await acquireSingleProcessLock(url(), { attempts: 1 }))
    await expect(acquireSingleProcessLock(url(), { attempts: 2, delayMs: 50 })).rejects.toThrow(
      /another backend process is already serving this database without Redis/
    )
  })

  it("lets a new process start once the previous one has gone (even if it crashed)", async () => {
    const first = await acquireSingleProcessLock(url(), { attempts: 1 })
    // A crash closes the connection; ending it is the same from Postgres' side.
    await first.release()
    held.push(await acquireSingleProcessLock(url(), { attempts: 1 }))
    const client = new Client({ connectionString: url() })
    await client.connect()
    const { rows } = await client.query("select count(*)::int as n from pg_locks where locktype = 'advisory'")
    await client.end()
    expect(rows[0].n).toBe(1)
  })

  it("only guards serving commands, not migrations, seeds or the user command", () => {
    expect(isServingProcess(["node", "medusa", "start"])).toBe(true)
    expect(isServingProcess(["node", "medusa", "develop"])).toBe(true)
    expect(isServingProcess(["node", "medusa", "db:migrate"])).toBe(false)
    expect(isServingProcess(["node", "medusa", "exec", "./src/scripts/seed.ts"])).toBe(false)
  })
})
