/**
 * Where `npm run import:onix` and `npm run seed:large` write: DATABASE_URL when set; else the
 * embedded cluster of the data directory — the one `npm start` is running (read from its
 * postmaster.pid), or, when the shop is stopped, the same cluster started just for the import
 * and stopped afterwards.
 */
import fs from "node:fs"
import path from "node:path"
import { assertReachable, readSeedVersion } from "./database.ts"
import { startEmbeddedPostgres } from "./embedded-postgres.ts"
import { UserFacingError } from "./ports.ts"
import { runningClusterPort } from "./onix-postmaster.ts"
import { SEED_VERSION_KEY } from "../../backend/src/scripts/seed/version.ts"

export type ShopDatabase = {
  url: string
  /** Where it came from, for the one line the scripts print. */
  source: "DATABASE_URL" | "running shop" | "started for this import"
  stop: () => Promise<void>
}

const DATABASE = "bookshop"
const USER = "postgres"

const NOT_SET_UP = "run `npm start` once first (it creates, migrates and seeds the shop), then import again"

export async function openShopDatabase(env: NodeJS.ProcessEnv, dataDir: string): Promise<ShopDatabase> {
  const noop = async () => undefined
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL)
    return { url: env.DATABASE_URL, source: "DATABASE_URL", stop: noop }
  }
  const clusterDir = path.join(dataDir, "postgres")
  const passwordFile = path.join(dataDir, "superuser-password")
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION")) || !fs.existsSync(passwordFile)) {
    throw new UserFacingError(`There is no shop database in ${dataDir} yet: ${NOT_SET_UP}. Or set DATABASE_URL.`)
  }
  const port = runningClusterPort(clusterDir)
  if (port !== undefined) {
    const password = fs.readFileSync(passwordFile, "utf8").trim()
    return { url: `postgres://${USER}:${encodeURIComponent(password)}@localhost:${port}/${DATABASE}`, source: "running shop", stop: noop }
  }
  const cluster = await startEmbeddedPostgres({
    dir: clusterDir,
    port: Number(env.EMBEDDED_PG_PORT || 54329),
    database: DATABASE,
    logFile: path.join(dataDir, "logs", "postgres.log"),
  })
  return { url: cluster.url, source: "started for this import", stop: cluster.stop }
}

/** Refuses a database the shop was never set up in (no migrations, no seed). */
export async function assertShopSetUp(url: string): Promise<void> {
  if ((await readSeedVersion(url, SEED_VERSION_KEY)) === undefined) {
    throw new UserFacingError(`The shop database has not been set up yet: ${NOT_SET_UP}.`)
  }
}
