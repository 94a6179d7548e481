/**
 * `npm start` (production build) and `npm run dev` (hot reload): the whole shop from one
 * command. Starts the embedded PostgreSQL unless DATABASE_URL is set, builds what is stale,
 * migrates, seeds once, runs the backend (Medusa + Admin) and the storefront (Next.js),
 * prints the URLs and the admin login, and stops everything on Ctrl-C / SIGTERM.
 */
import fs from "node:fs"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import { binPath, dataDir as resolveDataDir, storefrontDir } from "./lib/paths.ts"
import { assertPortFree, UserFacingError, waitForHttp } from "./lib/ports.ts"
import { loadOrCreateSecrets } from "./lib/secrets.ts"
import { openDatabase, readSeedVersion, type Database } from "./lib/database.ts"
import { RunLock } from "./lib/run-lock.ts"
import { runToEnd, startChild, stopChild } from "./lib/children.ts"
import { backendBuildHash, backendCwd, buildIfStale, childEnv, removeUploadsLink, printReady, seedScript, type ShopSettings } from "./lib/shop.ts"
import { isStale, writeStamp } from "./lib/build-stamp.ts"
import { SEED_VERSION, SEED_VERSION_KEY } from "../backend/src/scripts/seed/version.ts"
import { disableMedusaTelemetry } from "./lib/telemetry.ts"

const startedAt = Date.now()
const dev = process.argv.includes("--dev")
const dataDir = resolveDataDir()
fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true })
const secrets = loadOrCreateSecrets(dataDir)

const settings: ShopSettings = {
  dev,
  dataDir,
  host: process.env.HOST || "127.0.0.1",
  backendPort: Number(process.env.BACKEND_PORT || 9000),
  storefrontPort: Number(process.env.STOREFRONT_PORT || 8000),
  adminEmail: process.env.ADMIN_EMAIL || "admin@bookshop.test",
  adminPassword: process.env.ADMIN_PASSWORD || secrets.adminPassword,
}

const lock = new RunLock(dataDir)
const children: { name: string; child: ChildProcess }[] = []
let database: Database | undefined
let stopping = false

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    if (children.length) console.log("\nStopping the shop…")
    for (const { child } of [...children].reverse()) await stopChild(child)
    await database?.embedded?.stop()
    lock.release()
  }
  process.exit(code)
}

function launch(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = startChild({ name, command, args, cwd, env, logFile: path.join(dataDir, "logs", `${name}.log`), echo: "problems" })
  children.push({ name, child })
  lock.addChild(name, child.pid)
  child.on("exit", (code, signal) => {
    if (stopping) return
    console.error(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${path.join(dataDir, "logs", `${name}.log`)}. Stopping the shop.`)
    void shutdown(1)
  })
  return child
}

const clusterDirOf = () => (process.env.DATABASE_URL ? undefined : path.join(dataDir, "postgres"))
const isAlive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

async function main(): Promise<void> {
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  process.on("SIGHUP", () => void shutdown(0))

  await lock.acquire(`http://localhost:${settings.storefrontPort}`, clusterDirOf())
  await assertPortFree(settings.backendPort, "backend", "BACKEND_PORT")
  await assertPortFree(settings.storefrontPort, "storefront", "STOREFRONT_PORT")

  database = await openDatabase(process.env, dataDir)
  console.log(database.embedded ? `PostgreSQL (embedded) on port ${database.embedded.port}` : "PostgreSQL from DATABASE_URL")
  const env = childEnv(settings, { databaseUrl: database.url, ...secrets })
  disableMedusaTelemetry(env.XDG_CONFIG_HOME as string)
  const prodEnv = { ...env, NODE_ENV: "production" }
  const logFile = (name: string) => path.join(dataDir, "logs", `${name}.log`)

  if (!dev) await buildIfStale(settings, env)
  removeUploadsLink(settings)

  const cliEnv = dev ? env : prodEnv
  // The embedded cluster only changes through us: when it was already migrated for this
  // exact backend build, skip the ~10 s migration. A DATABASE_URL is always migrated.
  // The stamp names the cluster too (its PG_VERSION inode), so a new cluster is migrated.
  const migratedStamp = path.join(dataDir, "migrated-for-build")
  const clusterId = database.embedded ? fs.statSync(path.join(dataDir, "postgres", "PG_VERSION")).ino : 0
  const buildHash = dev ? undefined : `${backendBuildHash()}:${clusterId}`
  const skipMigrate = database.embedded && buildHash !== undefined && !isStale(migratedStamp, buildHash)
  if (!skipMigrate) {
    console.log("Migrating the database…")
    await runToEnd({
      name: "migrate",
      command: binPath("medusa"),
      args: ["db:migrate", "--execute-safe-links", "--execute-safe-search"],
      cwd: backendCwd(settings),
      env: cliEnv,
      logFile: logFile("migrate"),
      echo: false,
    })
    if (database.embedded && buildHash) writeStamp(migratedStamp, buildHash)
  }

  const seeded = await readSeedVersion(database.url, SEED_VERSION_KEY)
  if (seeded !== SEED_VERSION) {
    console.log(seeded === undefined ? "Seeding the demo shop…" : `Updating the demo data (v${seeded} → v${SEED_VERSION})…`)
    await runToEnd({
      name: "seed",
      command: binPath("medusa"),
      args: ["exec", seedScript(settings)],
      cwd: backendCwd(settings),
      env: cliEnv,
      logFile: logFile("seed"),
    })
  }

  const host = ["--host", settings.host]
  const backend = dev
    ? launch("backend", binPath("medusa"), ["develop", "--port", String(settings.backendPort), ...host], backendCwd(settings), env)
    : launch("backend", binPath("medusa"), ["start", "--port", String(settings.backendPort), ...host], backendCwd(settings), prodEnv)
  await waitForHttp(`http://127.0.0.1:${settings.backendPort}/health`, 180_000, () => isAlive(backend))

  const nextArgs = [dev ? "dev" : "start", "--port", String(settings.storefrontPort), "--hostname", settings.host]
  const storefront = launch("storefront", binPath("next"), nextArgs, storefrontDir, dev ? env : prodEnv)
  await waitForHttp(`http://127.0.0.1:${settings.storefrontPort}/`, 120_000, () => isAlive(storefront))

  printReady(settings, startedAt)
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? `\n${error.message}\n` : error)
  void shutdown(1)
})
