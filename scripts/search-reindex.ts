/**
 * `npm run search:reindex`: rebuilds the books search index with a progress bar and a summary.
 * Finds the database the way `npm start` does (DATABASE_URL; else the embedded cluster in the
 * data directory, the running one if the shop is up, otherwise started for the run and stopped
 * after), then runs the backend's `medusa exec ./src/scripts/search-reindex.ts`. The new index
 * version is built beside the one serving searches and swapped in when complete, so a running
 * shop keeps answering throughout. The engine follows the environment (MEILISEARCH_HOST).
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import readline from "node:readline"
import pg from "pg"
import { isProblem } from "./lib/children.ts"
import { assertReachable } from "./lib/database.ts"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts"
import { backendDir, binPath, dataDir as resolveDataDir } from "./lib/paths.ts"
import { isPortFree, UserFacingError } from "./lib/ports.ts"

import type { ReindexReport as Report } from "../backend/src/scripts/search-reindex.ts"
import { disableMedusaTelemetry } from "./lib/telemetry.ts"

/** The prefix of the backend script's report lines (PROGRESS_PREFIX there). */
const PROGRESS_PREFIX = "search-reindex:"
const dataDir = resolveDataDir()
const logFile = path.join(dataDir, "logs", "search-reindex.log")

type Database = { url: string; stop?: () => Promise<void> }

/** DATABASE_URL, the shop's running embedded cluster, or that cluster started for this run. */
async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL }
  }
  const clusterDir = path.join(dataDir, "postgres")
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    throw new UserFacingError(`There is no shop database in ${clusterDir} yet. Run \`npm start\` once (it creates, migrates and seeds it), or set DATABASE_URL.`)
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  if (await isPortFree(port)) {
    const cluster = await startEmbeddedPostgres({ dir: clusterDir, port, database: "bookshop", logFile: path.join(dataDir, "logs", "postgres.log") })
    return { url: cluster.url, stop: cluster.stop }
  }
  // Something listens on the cluster's port: the running shop (or scripts/db.ts).
  const password = fs.readFileSync(path.join(dataDir, "superuser-password"), "utf8").trim()
  const url = `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/bookshop`
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new UserFacingError(
      `Port ${port} is in use, but not by this shop's PostgreSQL (${error instanceof Error ? error.message : String(error)}). Stop that program or set EMBEDDED_PG_PORT.`
    )
  } finally {
    await client.end().catch(() => undefined)
  }
  return { url }
}

/** The search tables exist only once `medusa db:migrate` ran (npm start does it). */
async function assertMigrated(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>("select to_regclass('public.search_index')::text as table")
    if (!rows[0]?.table) {
      throw new UserFacingError("The database has no search tables yet. Run `npm start` once (it migrates), or `npx medusa db:migrate` in backend/.")
    }
  } finally {
    await client.end()
  }
}

/** "[██████░░░░░░] 120/480 products  25%" */
function progressBar(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * width)
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} products ${String(Math.round(ratio * 100)).padStart(3)}%`
}

function showProgress(report: Report, tty: boolean, last: { shown: number }): void {
  if (report.type === "start") {
    process.stderr.write(`Rebuilding the "${report.index}" search index from ${report.total} products…\n`)
    if (tty) process.stderr.write(progressBar(0, report.total))
    return
  }
  if (report.type === "progress") {
    const percent = report.total ? Math.floor((report.done / report.total) * 10) : 10
    if (tty) process.stderr.write(`\r${progressBar(report.done, report.total)}`)
    else if (percent > last.shown) process.stderr.write(`${progressBar(report.done, report.total)}\n`)
    last.shown = percent
    return
  }
  if (tty) process.stderr.write(`\r${progressBar(report.products, report.products)}\n`)
  const seconds = (report.ms / 1000).toFixed(1)
  console.log(
    `Done: "${report.index}" on ${report.provider} is ${report.status}, ${report.documents ?? "?"} books searchable (of ${report.products} products; drafts and unpublished are left out) in ${seconds} s.`
  )
}

function runReindex(url: string): Promise<Report | undefined> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile, { flags: "a" })
  log.write(`\n=== ${new Date().toISOString()} medusa exec ./src/scripts/search-reindex.ts\n`)
  disableMedusaTelemetry(path.join(dataDir, "config"))
  const child = spawn(binPath("medusa"), ["exec", "./src/scripts/search-reindex.ts"], {
    cwd: backendDir,
    env: {
      ...process.env,
      DATABASE_URL: url,
      BOOKSHOP_DATA_DIR: dataDir,
      MEDUSA_DISABLE_TELEMETRY: "true",
      XDG_CONFIG_HOME: path.join(dataDir, "config"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const stop = () => child.kill("SIGTERM")
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
  const tty = process.stderr.isTTY
  const last = { shown: -1 }
  let final: Report | undefined
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      log.write(line + "\n")
      if (line.startsWith(PROGRESS_PREFIX)) {
        const report = JSON.parse(line.slice(PROGRESS_PREFIX.length)) as Report
        if (report.type === "done") final = report
        showProgress(report, tty, last)
      } else if (isProblem(line)) {
        process.stderr.write(`${tty ? "\n" : ""}${line}\n`)
      }
    })
  }
  return new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      process.off("SIGINT", stop)
      process.off("SIGTERM", stop)
      log.end()
      if (code === 0 && final) resolve(final)
      else reject(new UserFacingError(`The reindex failed (${signal ?? `exit code ${code}`}); the index serving searches is unchanged. Full output: ${logFile}`))
    })
  })
}

async function main(): Promise<void> {
  const database = await openDatabase()
  try {
    await assertMigrated(database.url)
    await runReindex(database.url)
  } finally {
    await database.stop?.()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? `\n${error.message}\n` : error)
  process.exit(1)
})
