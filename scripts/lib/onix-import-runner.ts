/**
 * Runs the backend's ONIX import (`medusa exec ./src/scripts/import-onix.ts`, TypeScript
 * sources through ts-node as `npm run dev` does) against the shop's database, with the shop's
 * secrets and telemetry off, its output on our terminal. Shared by import:onix and seed:large.
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { backendDir, binPath, dataDir as resolveDataDir } from "./paths.ts"
import { loadOrCreateSecrets, type LocalSecrets } from "./secrets.ts"
import { assertShopSetUp, openShopDatabase } from "./onix-database.ts"

export type ImportRun = { file: string; json?: string; concurrency?: number }

/** The environment of the import process. */
export function importEnv(env: NodeJS.ProcessEnv, dataDir: string, databaseUrl: string, secrets: LocalSecrets): NodeJS.ProcessEnv {
  const child: NodeJS.ProcessEnv = {
    ...env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    XDG_CONFIG_HOME: path.join(dataDir, "config"),
    BOOKSHOP_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: env.JWT_SECRET || secrets.jwtSecret,
    COOKIE_SECRET: env.COOKIE_SECRET || secrets.cookieSecret,
    LOG_LEVEL: env.LOG_LEVEL || "error",
  }
  delete child.ONIX_IMPORT_JSON
  delete child.ONIX_IMPORT_CONCURRENCY
  // One refresh after the import (refreshStorefront) instead of a request per product event.
  delete child.STOREFRONT_URL
  delete child.STOREFRONT_INTERNAL_URL
  delete child.REVALIDATE_SECRET
  return child
}

/** The script's options travel in the environment: Medusa's CLI owns `--json` and refuses unknown flags. */
export function importOptionsEnv(run: ImportRun): NodeJS.ProcessEnv {
  return {
    ...(run.json ? { ONIX_IMPORT_JSON: run.json } : {}),
    ...(run.concurrency ? { ONIX_IMPORT_CONCURRENCY: String(run.concurrency) } : {}),
  }
}

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath("medusa"), args, { cwd: backendDir, env, stdio: "inherit" })
    // Ctrl-C reaches the child too (same process group): wait for it, then clean up.
    const ignore = () => undefined
    process.on("SIGINT", ignore)
    process.on("SIGTERM", ignore)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      process.off("SIGINT", ignore)
      process.off("SIGTERM", ignore)
      resolve(code ?? (signal ? 130 : 1))
    })
  })
}

/** Asks the running storefront to drop its cached catalogue pages (best effort). */
async function refreshStorefront(env: NodeJS.ProcessEnv, secrets: LocalSecrets): Promise<void> {
  const base = env.STOREFRONT_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`
  try {
    const res = await fetch(new URL("/api/revalidate", base), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": env.REVALIDATE_SECRET || secrets.revalidateSecret },
      body: JSON.stringify({ tags: ["products", "collections", "categories"] }),
      signal: AbortSignal.timeout(5000),
    })
    console.error(res.ok ? `Storefront at ${base} refreshed.` : `The storefront at ${base} answered ${res.status} to the refresh; its pages update on their own.`)
  } catch {
    console.error(`No storefront answered at ${base}; its pages update on their own.`)
  }
}

/** Runs one import end to end; resolves with the import's exit code (0 ok, 1 failures). */
export async function runImportThroughShop(run: ImportRun, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dataDir = resolveDataDir(env)
  const database = await openShopDatabase(env, dataDir)
  console.error(`Database: ${database.source === "DATABASE_URL" ? "DATABASE_URL" : `embedded PostgreSQL (${database.source})`}`)
  try {
    await assertShopSetUp(database.url)
    const secrets = loadOrCreateSecrets(dataDir)
    const childEnv = { ...importEnv(env, dataDir, database.url, secrets), ...importOptionsEnv(run) }
    const code = await runChild(["exec", "./src/scripts/import-onix.ts", run.file], childEnv)
    if (database.source === "running shop" && code <= 1) await refreshStorefront(env, secrets)
    return code
  } finally {
    await database.stop()
  }
}
