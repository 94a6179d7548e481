/**
 * Pure translation of the process environment into the shop's runtime settings.
 * ARCHITECTURE §3: one medusa-config.ts, driven by env — embedded defaults when
 * nothing is set, production services when their variables are.
 */

import { readMailConfig, type MailConfig } from "../mail/mail-config"

export type Env = Record<string, string | undefined>

export type WorkerMode = "shared" | "server" | "worker"

export type RuntimeConfig = {
  production: boolean
  databaseUrl: string | undefined
  redisUrl: string | undefined
  workerMode: WorkerMode
  backendPort: number
  backendUrl: string
  storefrontUrl: string
  jwtSecret: string
  cookieSecret: string
  stripe: { apiKey: string; webhookSecret: string | undefined } | undefined
  meilisearch: { host: string; apiKey: string | undefined } | undefined
  dataDir: string | undefined
  adminDisabled: boolean
  /** SMTP when SMTP_URL is set, else the dev mailbox under $BOOKSHOP_DATA_DIR/mail. */
  mail: MailConfig
}

export class ConfigError extends Error {
  override name = "ConfigError"
}

/** Secrets that must never run in production: Medusa's sample values and our dev fallback. */
const KNOWN_DEFAULT_SECRETS = new Set([
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "development-only-secret",
])
export const DEV_FALLBACK_SECRET = "development-only-secret"
const MIN_PRODUCTION_SECRET_LENGTH = 32

function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${value}".`)
  }
  return port
}

function parseWorkerMode(value: string | undefined): WorkerMode {
  if (value === undefined || value === "") return "shared"
  if (value === "shared" || value === "server" || value === "worker") return value
  throw new ConfigError(
    `MEDUSA_WORKER_MODE must be "shared", "server" or "worker", got "${value}".`
  )
}

function checkProductionSecret(name: string, value: string | undefined): string {
  if (!value) {
    throw new ConfigError(
      `Refusing to start in production without ${name}. Set it to a random string of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`
    )
  }
  if (KNOWN_DEFAULT_SECRETS.has(value.toLowerCase()) || value.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new ConfigError(
      `Refusing to start in production with a default or short ${name}. Set it to a random string of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`
    )
  }
  return value
}

export function readRuntimeConfig(env: Env): RuntimeConfig {
  const production = env.NODE_ENV === "production"
  const backendPort = parsePort(env.BACKEND_PORT ?? env.PORT, 9000, "BACKEND_PORT")
  const storefrontPort = parsePort(env.STOREFRONT_PORT, 8000, "STOREFRONT_PORT")
  const redisUrl = env.REDIS_URL || undefined
  const stripeKey = env.STRIPE_API_KEY || undefined
  const meiliHost = env.MEILISEARCH_HOST || undefined

  const jwtSecret = production
    ? checkProductionSecret("JWT_SECRET", env.JWT_SECRET)
    : env.JWT_SECRET || DEV_FALLBACK_SECRET
  const cookieSecret = production
    ? checkProductionSecret("COOKIE_SECRET", env.COOKIE_SECRET)
    : env.COOKIE_SECRET || DEV_FALLBACK_SECRET

  if (production && !env.DATABASE_URL) {
    throw new ConfigError(
      "DATABASE_URL is not set. Run the shop with `npm start` from the repository root (it starts an embedded PostgreSQL), or point DATABASE_URL at your PostgreSQL server."
    )
  }

  const workerMode = parseWorkerMode(env.MEDUSA_WORKER_MODE)
  return {
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl,
    workerMode,
    backendPort,
    backendUrl: env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`,
    storefrontUrl: env.STOREFRONT_URL || `http://localhost:${storefrontPort}`,
    jwtSecret,
    cookieSecret,
    stripe: stripeKey
      ? { apiKey: stripeKey, webhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined }
      : undefined,
    meilisearch: meiliHost
      ? { host: meiliHost, apiKey: env.MEILISEARCH_API_KEY || undefined }
      : undefined,
    dataDir: env.BOOKSHOP_DATA_DIR || undefined,
    adminDisabled: env.DISABLE_ADMIN === "true" || workerMode === "worker",
    mail: readMailConfig(env),
  }
}

/**
 * Medusa's in-memory lock only protects stock inside one process. FIELD-NOTES measured
 * oversell with two processes on the default lock, so any multi-process topology must
 * bring Redis (locking-redis). `argv` is the CLI invocation (`medusa start --cluster 2`).
 */
export function assertSafeProcessTopology(config: RuntimeConfig, argv: readonly string[]): void {
  if (config.redisUrl) return
  const command = argv.find((arg) => arg === "start" || arg === "develop")
  if (!command) return
  const clusterFlag = argv.find((arg) => /^--(cluster|servers|workers)(=|$)/.test(arg))
  if (config.workerMode !== "shared" || clusterFlag) {
    const why = clusterFlag
      ? `\`medusa start ${clusterFlag}\` runs several backend processes`
      : `MEDUSA_WORKER_MODE=${config.workerMode} means other backend processes share this database`
    throw new ConfigError(
      `Refusing to start: ${why}, but REDIS_URL is not set. Without Redis each process has its own in-memory lock and concurrent checkouts can oversell stock. Set REDIS_URL (Redis locking, events and workflows) or run a single process with MEDUSA_WORKER_MODE=shared.`
    )
  }
}

export function corsOrigins(config: RuntimeConfig, env: Env) {
  const store = env.STORE_CORS || config.storefrontUrl
  const admin = env.ADMIN_CORS || config.backendUrl
  const auth = env.AUTH_CORS || [store, admin].join(",")
  return { store, admin, auth }
}

/**
 * Medusa marks the admin session cookie Secure in production, which a browser never sends
 * over plain http — so Medusa Admin on http://localhost (npm start) could not log in. Relax
 * only `secure`, and only when the backend's own URL is http; https deployments keep it.
 */
export function sessionCookieOptions(config: RuntimeConfig): { secure?: boolean } {
  return config.backendUrl.startsWith("http://") ? { secure: false } : {}
}
