// Starts the shop exactly as `npm start` does (scripts/start.ts), in a throwaway data
// directory on free ports, and waits for its "ready" banner. Builds happen here if stale.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

export default async function startShop() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium is not installed at ${chromium}. Install Debian's package (apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.`)
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-e2e-"))
  fs.chmodSync(dataDir, 0o755)
  const [pgPort, backendPort, storefrontPort] = [await freePort(), await freePort(), await freePort()]
  const env = {
    ...process.env,
    BOOKSHOP_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    ADMIN_PASSWORD: "e2e-admin-password",
  }
  delete env.DATABASE_URL
  delete env.REDIS_URL
  const logFile = path.join(dataDir, "start.log")
  const log = fs.createWriteStream(logFile)
  const child = spawn(path.join(repoRoot, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  globalThis.__BOOKSHOP_E2E__ = { child, dataDir }
  process.stdout.write(`\nStarting the shop for the browser tests (log: ${logFile})…\n`)

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shop was not ready within 15 minutes; see ${logFile}`)), 15 * 60_000)
    const onData = (chunk) => {
      const text = chunk.toString()
      log.write(text)
      for (const line of text.split("\n")) {
        if (/^(Building|Migrating|Seeding|Updating)/.test(line)) process.stdout.write(`  ${line}\n`)
      }
      if (text.includes("is ready")) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the shop exited (code ${code}) before it was ready; see ${logFile}`))
    })
  })

  process.env.E2E_STOREFRONT_URL = `http://127.0.0.1:${storefrontPort}`
  process.env.E2E_BACKEND_URL = `http://127.0.0.1:${backendPort}`
  process.env.E2E_ADMIN_EMAIL = "admin@bookshop.test"
  process.env.E2E_ADMIN_PASSWORD = env.ADMIN_PASSWORD
}
