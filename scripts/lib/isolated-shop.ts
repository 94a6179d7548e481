import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { binPath, repoRoot } from "./paths.ts"
import { findFreePort } from "./ports.ts"

export type IsolatedShop = {
  storefrontUrl: string
  backendUrl: string
  adminEmail: string
  adminPassword: string
  dataDir: string
  logFile: string
  stop: () => Promise<void>
}

/**
 * Starts the shop exactly as `npm start` does (scripts/start.ts), in a throwaway data
 * directory on free ports, and resolves when it prints its "ready" banner. Used by the
 * browser tests and the benchmarks. Builds happen here if they are stale.
 */
export async function startIsolatedShop(
  options: { onProgress?: (line: string) => void; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}
): Promise<IsolatedShop> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-shop-"))
  fs.chmodSync(dataDir, 0o755)
  const [pgPort, backendPort, storefrontPort] = [await findFreePort(), await findFreePort(), await findFreePort()]
  const adminPassword = "isolated-shop-admin-password"
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    BOOKSHOP_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    ADMIN_EMAIL: "admin@bookshop.test",
    ADMIN_PASSWORD: adminPassword,
  }
  delete env.DATABASE_URL
  delete env.NODE_OPTIONS
  if (!options.env?.REDIS_URL) delete env.REDIS_URL

  const logFile = path.join(dataDir, "start.log")
  const log = fs.createWriteStream(logFile)
  const child: ChildProcess = spawn(binPath("tsx"), ["scripts/start.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL")
          resolve()
        }, 30_000)
        child.once("exit", () => {
          clearTimeout(timer)
          resolve()
        })
        child.kill("SIGTERM")
      })
    }
    await new Promise<void>((resolve) => log.end(() => resolve()))
    if (!process.env.KEEP_SHOP_DATA) removeDataDir(dataDir)
  }

  try {
    await new Promise<void>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? 15 * 60_000
      const timer = setTimeout(() => reject(new Error(`the shop was not ready within ${timeoutMs / 60_000} min; see ${logFile}`)), timeoutMs)
      const onData = (chunk: Buffer) => {
        const text = chunk.toString()
        log.write(text)
        for (const line of text.split("\n")) {
          if (/^(Building|Migrating|Seeding|Updating|PostgreSQL)/.test(line)) options.onProgress?.(line)
        }
        if (text.includes("is ready")) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout?.on("data", onData)
      child.stderr?.on("data", onData)
      child.once("exit", (code) => {
        clearTimeout(timer)
        reject(new Error(`the shop exited (code ${code}) before it was ready; its output:\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`))
      })
    })
  } catch (error) {
    await stop()
    throw error
  }

  return {
    storefrontUrl: `http://127.0.0.1:${storefrontPort}`,
    backendUrl: `http://127.0.0.1:${backendPort}`,
    adminEmail: "admin@bookshop.test",
    adminPassword,
    dataDir,
    logFile,
    stop,
  }
}

/**
 * Removes the throwaway data directory. A process that has just exited (Postgres's last
 * background writer, a log flush) can still add a file while the tree is being removed, so
 * retry briefly; if it still cannot be removed, say where it is instead of failing the run.
 */
function removeDataDir(dataDir: string): void {
  try {
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  } catch (error) {
    console.warn(`Could not remove the test shop's data directory ${dataDir}: ${(error as Error).message}`)
  }
}
