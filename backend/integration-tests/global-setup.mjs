// Real PostgreSQL for integration tests: use DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when
// given (CI may point at a server), otherwise start a throwaway embedded cluster.
// @medusajs/test-utils reads DB_* (not DATABASE_URL) and turns SSL on for any host other
// than "localhost", so the embedded cluster is always addressed as localhost.
import os from "node:os"
import path from "node:path"
import fs from "node:fs"
import { register } from "tsx/esm/api"

export default async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  // Files the tests upload (seeded covers) go to a throwaway data dir, never into the
  // backend folder or a developer's .data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-test-data-"))
  process.env.BOOKSHOP_DATA_DIR = dataDir
  globalThis.__BOOKSHOP_TEST_DATA__ = dataDir
  if (process.env.DB_HOST) return
  register()
  const { startEmbeddedPostgres } = await import("../../scripts/lib/embedded-postgres.ts")
  const { findFreePort } = await import("../../scripts/lib/ports.ts")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-test-pg-"))
  fs.chmodSync(dir, 0o755)
  const port = await findFreePort()
  const cluster = await startEmbeddedPostgres({
    dir: path.join(dir, "cluster"),
    port,
    database: "postgres",
    logFile: path.join(dir, "postgres.log"),
  })
  const url = new URL(cluster.url)
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = decodeURIComponent(url.username)
  process.env.DB_PASSWORD = decodeURIComponent(url.password)
  globalThis.__BOOKSHOP_TEST_PG__ = { cluster, dir }
}
