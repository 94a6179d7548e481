import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres.ts"
import { UserFacingError } from "./ports.ts"

export type Database = { url: string; embedded: EmbeddedCluster | undefined }

function describe(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {
    return "(unparseable URL)"
  }
}

/** Fails fast, in one sentence, when DATABASE_URL points nowhere. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new UserFacingError(
      `Cannot reach the database in DATABASE_URL (${describe(url)}): ${reason}. Check that the server is running and the URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function openDatabase(env: NodeJS.ProcessEnv, dataDir: string): Promise<Database> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL)
    return { url: env.DATABASE_URL, embedded: undefined }
  }
  const embedded = await startEmbeddedPostgres({
    dir: path.join(dataDir, "postgres"),
    port: Number(env.EMBEDDED_PG_PORT || 54329),
    database: "bookshop",
    logFile: path.join(dataDir, "logs", "postgres.log"),
  })
  return { url: embedded.url, embedded }
}

/** The seed version recorded on the store, or undefined before the first complete seed. */
export async function readSeedVersion(url: string, key: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const exists = await client.query("select to_regclass('public.store') as t")
    if (!exists.rows[0]?.t) return undefined
    const result = await client.query<{ version: string | null }>(
      "select metadata->>$1 as version from store where deleted_at is null order by created_at limit 1",
      [key]
    )
    const version = result.rows[0]?.version
    return version ? Number(version) : undefined
  } finally {
    await client.end()
  }
}
