import type { RuntimeConfig } from "./runtime-config"

/** A module entry as medusa-config.ts takes it (kept structural so this stays a pure function). */
export type ModuleEntry = {
  key?: string
  resolve: string
  options?: Record<string, unknown>
}

const searchModule = (config: RuntimeConfig): ModuleEntry => ({
  resolve: "@medusajs/medusa/search",
  options: {
    providers: config.meilisearch
      ? [
          {
            resolve: "./src/modules/meilisearch",
            id: "meilisearch",
            options: { host: config.meilisearch.host, apiKey: config.meilisearch.apiKey },
          },
        ]
      : [
          {
            resolve: "@medusajs/medusa/search-postgres",
            id: "postgres",
            options: { language: "english" },
          },
        ],
  },
})

const paymentModule = (config: RuntimeConfig): ModuleEntry => ({
  // The system provider (pp_system_default) is always registered by Medusa; Stripe joins it
  // only when its keys are configured.
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: config.stripe
      ? [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: config.stripe.apiKey,
              webhookSecret: config.stripe.webhookSecret,
              capture: true,
            },
          },
        ]
      : [],
  },
})

const redisModules = (redisUrl: string): ModuleEntry[] => [
  { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
  { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
  {
    resolve: "@medusajs/medusa/caching",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/caching-redis",
          id: "caching-redis",
          is_default: true,
          options: { redisUrl },
        },
      ],
    },
  },
  {
    resolve: "@medusajs/medusa/locking",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/locking-redis",
          id: "locking-redis",
          is_default: true,
          options: { redisUrl },
        },
      ],
    },
  },
]

/**
 * Uploaded files (covers) live in the data directory, not in the build output that
 * `medusa build` wipes; src/api/static serves them under /static. Without a data dir
 * Medusa's default (<backend root>/static) applies, as in the compose images.
 */
const fileModule = (config: RuntimeConfig): ModuleEntry[] =>
  config.dataDir
    ? [
        {
          resolve: "@medusajs/medusa/file",
          options: {
            providers: [
              {
                resolve: "@medusajs/medusa/file-local",
                id: "local",
                options: { upload_dir: `${config.dataDir}/uploads`, backend_url: `${config.backendUrl}/static` },
              },
            ],
          },
        },
      ]
    : []

/**
 * E-mail goes through Medusa's Notification Module on channel "email": our SMTP provider when
 * SMTP_URL is set, otherwise our dev mailbox (files under $BOOKSHOP_DATA_DIR/mail, listed on the
 * admin's Mailbox page). Medusa's local provider keeps the admin's "feed" channel working.
 */
const notificationModule = (config: RuntimeConfig): ModuleEntry => ({
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      config.mail.transport === "smtp"
        ? {
            resolve: "./src/modules/notification-smtp",
            id: "smtp",
            options: { channels: ["email"], url: config.mail.smtpUrl, from: config.mail.from },
          }
        : {
            resolve: "./src/modules/notification-mailbox",
            id: "mailbox",
            options: { channels: ["email"], directory: config.mail.directory, from: config.mail.from },
          },
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local Notification Provider", channels: ["feed"] },
      },
    ],
  },
})

/** The module list for medusa-config.ts: embedded defaults plus whatever the env switches on. */
export function buildModules(config: RuntimeConfig): ModuleEntry[] {
  return [
    { resolve: "./src/modules/book" },
    { resolve: "./src/modules/preorder" },
    { resolve: "./src/modules/stock" },
    { resolve: "./src/modules/campaign" },
    searchModule(config),
    ...fileModule(config),
    paymentModule(config),
    notificationModule(config),
    ...(config.redisUrl
      ? redisModules(config.redisUrl)
      : [{ resolve: "./src/modules/process-guard", options: { databaseUrl: config.databaseUrl } }]),
  ]
}
