/**
 * `npm test`: every suite, in order, on real parts — unit tests, backend integration on a
 * real PostgreSQL, the production module set on a real Redis, and the browser journeys in
 * Debian's Chromium against the shop started the way `npm start` starts it.
 * Exits non-zero if anything fails and ends with one "tests: N passed, N failed" line.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import { backendDir, binPath, repoRoot, storefrontDir } from "./lib/paths.ts"
import { findFreePort, UserFacingError } from "./lib/ports.ts"
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres.ts"
import { startLocalRedis, type LocalRedis } from "./lib/redis.ts"
import { disableMedusaTelemetry } from "./lib/telemetry.ts"

type Suite = { name: string; cwd: string; args: string[]; env?: NodeJS.ProcessEnv }
type JestSummary = { numPassedTests: number; numFailedTests: number; numPendingTests: number }

const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"))
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "bookshop-test-"))
fs.chmodSync(workDir, 0o755)
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  // Medusa's loaders use dynamic import(), which jest only allows with vm modules.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  XDG_CONFIG_HOME: path.join(workDir, "config"),
  CI: process.env.CI ?? "",
}

disableMedusaTelemetry(path.join(workDir, "config"))

function runJest(suite: Suite): Promise<{ code: number; summary: JestSummary | undefined }> {
  const output = path.join(workDir, `${suite.name.replace(/\W+/g, "-")}.json`)
  console.log(`\n▶ ${suite.name}`)
  return new Promise((resolve) => {
    const child = spawn(binPath("jest"), [...suite.args, "--json", `--outputFile=${output}`], {
      cwd: suite.cwd,
      env: { ...baseEnv, ...suite.env },
      stdio: "inherit",
    })
    child.on("exit", (code) => {
      let summary: JestSummary | undefined
      try {
        summary = JSON.parse(fs.readFileSync(output, "utf8")) as JestSummary
      } catch {
        summary = undefined
      }
      resolve({ code: code ?? 1, summary })
    })
  })
}

async function main(): Promise<number> {
  let postgres: EmbeddedCluster | undefined
  let redis: LocalRedis | undefined
  const dbEnv: NodeJS.ProcessEnv = {}
  if (!process.env.DB_HOST) {
    postgres = await startEmbeddedPostgres({
      dir: path.join(workDir, "postgres"),
      port: await findFreePort(),
      database: "postgres",
      logFile: path.join(workDir, "postgres.log"),
    })
    const url = new URL(postgres.url)
    Object.assign(dbEnv, {
      DB_HOST: "localhost",
      DB_PORT: url.port,
      DB_USERNAME: decodeURIComponent(url.username),
      DB_PASSWORD: decodeURIComponent(url.password),
    })
  }

  const suites: (Suite | (() => Promise<Suite>))[] = [
    { name: "scripts: unit + deploy files", cwd: repoRoot, args: ["--config", "scripts/jest.config.cjs"], env: { SCRIPTS_TESTS: "all" } },
    { name: "backend: unit", cwd: backendDir, args: ["--runInBand"], env: { TEST_TYPE: "unit" } },
    { name: "storefront: unit", cwd: storefrontDir, args: ["--runInBand", "--config", "jest.config.cjs"] },
    { name: "backend: modules", cwd: backendDir, args: ["--runInBand", "--passWithNoTests"], env: { TEST_TYPE: "integration:modules", ...dbEnv } },
    { name: "backend: http", cwd: backendDir, args: ["--runInBand", "--forceExit"], env: { TEST_TYPE: "integration:http", ...dbEnv } },
    async () => {
      const url = process.env.REDIS_URL || (redis = await startLocalRedis()).url
      return { name: "backend: production modules on Redis", cwd: backendDir, args: ["--runInBand", "--forceExit"], env: { TEST_TYPE: "integration:redis", REDIS_URL: url, ...dbEnv } }
    },
    { name: "browser: journeys in Chromium", cwd: storefrontDir, args: ["--runInBand", "--config", "e2e/jest.config.cjs"] },
  ]

  let passed = 0
  let failed = 0
  const failures: string[] = []
  try {
    for (const entry of suites) {
      const suite = typeof entry === "function" ? await entry() : entry
      if (only.length && !only.some((word) => suite.name.includes(word))) continue
      const { code, summary } = await runJest(suite)
      passed += summary?.numPassedTests ?? 0
      // A suite that crashed before running its tests still counts as a failure.
      failed += Math.max(summary?.numFailedTests ?? 0, code !== 0 ? 1 : 0)
      if (code !== 0) failures.push(suite.name)
    }
  } finally {
    await redis?.stop()
    await postgres?.stop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
  if (failures.length) console.log(`\nFailed suites: ${failures.join("; ")}`)
  console.log(`\ntests: ${passed} passed, ${failed} failed`)
  return failures.length ? 1 : 0
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof UserFacingError ? error.message : error)
    process.exit(1)
  })
