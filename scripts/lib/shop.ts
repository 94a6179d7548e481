import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { backendBuildDir, backendDir, binPath, repoRoot, storefrontDir } from "./paths.ts"
import { hashInputs, isStale, writeStamp } from "./build-stamp.ts"
import { runToEnd } from "./children.ts"
import { withBuildLock } from "./build-lock.ts"

export type ShopSettings = {
  dev: boolean
  dataDir: string
  host: string
  backendPort: number
  storefrontPort: number
  adminEmail: string
  adminPassword: string
}

/** The environment every child (builds, migrations, seed, servers) gets. */
export function childEnv(
  settings: ShopSettings,
  extra: { databaseUrl: string; jwtSecret: string; cookieSecret: string; revalidateSecret: string }
): NodeJS.ProcessEnv {
  const backendUrl = `http://localhost:${settings.backendPort}`
  const storefrontUrl = `http://localhost:${settings.storefrontPort}`
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // Medusa's telemetry also reads its config dir; keep it (and anything else) inside .data.
    XDG_CONFIG_HOME: path.join(settings.dataDir, "config"),
    BOOKSHOP_DATA_DIR: settings.dataDir,
    DATABASE_URL: extra.databaseUrl,
    JWT_SECRET: process.env.JWT_SECRET || extra.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || extra.cookieSecret,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || extra.revalidateSecret,
    BACKEND_PORT: String(settings.backendPort),
    STOREFRONT_PORT: String(settings.storefrontPort),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || backendUrl,
    STOREFRONT_URL: process.env.STOREFRONT_URL || storefrontUrl,
    ADMIN_EMAIL: settings.adminEmail,
    ADMIN_PASSWORD: settings.adminPassword,
  }
}

const BACKEND_INPUTS = ["src", "medusa-config.ts", "package.json", "tsconfig.json", "../package-lock.json"]
const STOREFRONT_INPUTS = ["src", "public", "next.config.ts", "package.json", "tsconfig.json", "../package-lock.json"]

/** The content hash of everything the backend build is made from. */
export function backendBuildHash(): string {
  return hashInputs(backendDir, BACKEND_INPUTS)
}

/** `medusa build` (server + admin) and `next build`, each only when its inputs changed. */
export async function buildIfStale(settings: ShopSettings, env: NodeJS.ProcessEnv): Promise<void> {
  const lockDir = path.join(repoRoot, "node_modules", ".cache", "bookshop-build.lock")
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  await withBuildLock(lockDir, () => buildStale(settings, env), (pid) =>
    console.log(`Waiting for another build of this checkout to finish (pid ${pid})…`)
  )
}

async function buildStale(settings: ShopSettings, env: NodeJS.ProcessEnv): Promise<void> {
  const logFile = path.join(settings.dataDir, "logs", "build.log")
  const backendHash = backendBuildHash()
  const backendStamp = path.join(backendBuildDir, ".bookshop-build-stamp")
  if (isStale(backendStamp, backendHash) || !fs.existsSync(path.join(backendBuildDir, "public", "admin"))) {
    console.log("Building the backend and Medusa Admin (first run or changed sources; ~1 min)…")
    await runToEnd({ name: "build", command: binPath("medusa"), args: ["build"], cwd: backendDir, env, logFile, echo: false })
    writeStamp(backendStamp, backendHash)
  }
  const storefrontHash = hashInputs(storefrontDir, STOREFRONT_INPUTS)
  const storefrontStamp = path.join(storefrontDir, ".next", ".bookshop-build-stamp")
  if (isStale(storefrontStamp, storefrontHash)) {
    console.log("Building the storefront (first run or changed sources; ~1 min)…")
    await runToEnd({ name: "build", command: binPath("next"), args: ["build"], cwd: storefrontDir, env, logFile, echo: false })
    writeStamp(storefrontStamp, storefrontHash)
  }
}

/** Where backend CLI commands run: the compiled server in production, the sources in dev. */
export function backendCwd(settings: ShopSettings): string {
  return settings.dev ? backendDir : backendBuildDir
}

/**
 * Earlier versions linked <backend root>/static to one data dir's uploads; a link shared by
 * every data dir is wrong when several shops run, so remove it (the backend now serves
 * $BOOKSHOP_DATA_DIR/uploads itself).
 */
export function removeUploadsLink(settings: ShopSettings): void {
  const link = path.join(backendCwd(settings), "static")
  if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.rmSync(link)
}

export function seedScript(settings: ShopSettings): string {
  return settings.dev ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"
}

export function printReady(settings: ShopSettings, startedAt: number): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  const line = "─".repeat(60)
  console.log(
    [
      "",
      line,
      `  Wellred Books is ready (${seconds} s)`,
      "",
      `  Storefront    http://localhost:${settings.storefrontPort}`,
      `  Medusa Admin  http://localhost:${settings.backendPort}/app`,
      `  Admin login   ${settings.adminEmail} / ${settings.adminPassword}`,
      "",
      `  Data in ${path.relative(repoRoot, settings.dataDir) || settings.dataDir}${os.EOL}  Press Ctrl-C to stop.`,
      line,
      "",
    ].join("\n")
  )
}
