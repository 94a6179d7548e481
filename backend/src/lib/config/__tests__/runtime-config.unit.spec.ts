import {
  sessionCookieOptions,
  assertSafeProcessTopology,
  ConfigError,
  readRuntimeConfig,
} from "../runtime-config"
import { buildModules } from "../modules"

const strong = "x".repeat(40)
const prodEnv = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://db/shop",
  JWT_SECRET: strong,
  COOKIE_SECRET: strong.replace(/x/g, "y"),
}

const resolves = (env: Record<string, string>) => buildModules(readRuntimeConfig(env)).map((m) => m.resolve)

describe("readRuntimeConfig", () => {
  it("runs on embedded defaults with no environment at all", () => {
    const config = readRuntimeConfig({})
    expect(config.backendPort).toBe(9000)
    expect(config.storefrontUrl).toBe("http://localhost:8000")
    expect(config.workerMode).toBe("shared")
    expect(config.redisUrl).toBeUndefined()
  })

  it("refuses production without secrets, with default secrets, or with short ones", () => {
    expect(() => readRuntimeConfig({ ...prodEnv, JWT_SECRET: "" })).toThrow(/without JWT_SECRET/)
    expect(() => readRuntimeConfig({ ...prodEnv, COOKIE_SECRET: "supersecret" })).toThrow(
      /default or short COOKIE_SECRET/
    )
    expect(() => readRuntimeConfig({ ...prodEnv, JWT_SECRET: "abc123" })).toThrow(ConfigError)
    expect(readRuntimeConfig(prodEnv).jwtSecret).toBe(strong)
  })

  it("refuses production without a database", () => {
    expect(() => readRuntimeConfig({ ...prodEnv, DATABASE_URL: "" })).toThrow(/DATABASE_URL is not set/)
  })

  it("rejects a malformed port or worker mode with the variable's name", () => {
    expect(() => readRuntimeConfig({ BACKEND_PORT: "90o0" })).toThrow(/BACKEND_PORT/)
    expect(() => readRuntimeConfig({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})

describe("buildModules", () => {
  it("uses in-memory infrastructure and search-postgres by default, no Stripe", () => {
    const modules = buildModules(readRuntimeConfig({}))
    const search = modules.find((m) => m.resolve === "@medusajs/medusa/search")
    expect(JSON.stringify(search)).toContain("@medusajs/medusa/search-postgres")
    expect(JSON.stringify(modules)).not.toMatch(/redis|payment-stripe/)
  })

  it("guards against a second backend process only when there is no Redis lock", () => {
    expect(resolves({})).toContain("./src/modules/process-guard")
    expect(resolves({ REDIS_URL: "redis://127.0.0.1:6379" })).not.toContain("./src/modules/process-guard")
  })

  it("switches events, workflows, caching and locking to Redis when REDIS_URL is set", () => {
    const list = resolves({ REDIS_URL: "redis://127.0.0.1:6379" })
    expect(list).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/caching",
        "@medusajs/medusa/locking",
      ])
    )
    const locking = buildModules(readRuntimeConfig({ REDIS_URL: "redis://r" })).find(
      (m) => m.resolve === "@medusajs/medusa/locking"
    )
    expect(JSON.stringify(locking)).toContain("locking-redis")
  })

  it("adds Stripe only when its key is set, and Meilisearch only when its host is", () => {
    expect(JSON.stringify(buildModules(readRuntimeConfig({ STRIPE_API_KEY: "sk_test_1" })))).toContain(
      "payment-stripe"
    )
    const meili = JSON.stringify(buildModules(readRuntimeConfig({ MEILISEARCH_HOST: "http://m:7700" })))
    expect(meili).toContain("modules/meilisearch")
    expect(meili).not.toContain("search-postgres")
  })
})

describe("e-mail (Notification Module, channel email)", () => {
  const emailProvider = (env: Record<string, string>) => {
    const notification = buildModules(readRuntimeConfig(env)).find((m) => m.resolve === "@medusajs/medusa/notification")
    const providers = (notification?.options?.providers ?? []) as { resolve: string; options: Record<string, unknown> }[]
    const email = providers.filter((p) => (p.options.channels as string[]).includes("email"))
    expect(email).toHaveLength(1)
    return email[0] as (typeof providers)[number]
  }

  it("keeps mail in the dev mailbox under $BOOKSHOP_DATA_DIR/mail when SMTP_URL is unset", () => {
    const provider = emailProvider({ BOOKSHOP_DATA_DIR: "/srv/shop-data" })
    expect(provider.resolve).toBe("./src/modules/notification-mailbox")
    expect(provider.options).toMatchObject({ directory: "/srv/shop-data/mail", from: "Wellred Books <orders@localhost>" })
  })

  it("sends over SMTP with MAIL_FROM when SMTP_URL is set, and keeps nothing in the mailbox", () => {
    const provider = emailProvider({
      SMTP_URL: "smtps://user:pw@smtp.example.com:465",
      MAIL_FROM: "Wellred <orders@wellred.example>",
      BOOKSHOP_DATA_DIR: "/srv/shop-data",
    })
    expect(provider.resolve).toBe("./src/modules/notification-smtp")
    expect(provider.options).toEqual({
      channels: ["email"],
      url: "smtps://user:pw@smtp.example.com:465",
      from: "Wellred <orders@wellred.example>",
    })
  })

  it("keeps Medusa's local provider for the admin feed", () => {
    expect(JSON.stringify(buildModules(readRuntimeConfig({})))).toContain("@medusajs/medusa/notification-local")
  })

  it("refuses an SMTP_URL that is not an smtp:// or smtps:// URL", () => {
    expect(() => readRuntimeConfig({ SMTP_URL: "smtp.example.com" })).toThrow(/SMTP_URL must be a URL/)
    expect(() => readRuntimeConfig({ SMTP_URL: "https://smtp.example.com" })).toThrow(/smtp:\/\/ or smtps:\/\//)
  })
})

describe("assertSafeProcessTopology", () => {
  const noRedis = readRuntimeConfig({})
  it("allows one shared process without Redis", () => {
    expect(() => assertSafeProcessTopology(noRedis, ["node", "medusa", "start"])).not.toThrow()
  })

  it("refuses a cluster or split server/worker processes without Redis", () => {
    expect(() => assertSafeProcessTopology(noRedis, ["node", "medusa", "start", "--cluster", "2"])).toThrow(
      /REDIS_URL is not set/
    )
    const server = readRuntimeConfig({ MEDUSA_WORKER_MODE: "server" })
    expect(() => assertSafeProcessTopology(server, ["node", "medusa", "start"])).toThrow(/oversell/)
  })

  it("allows several processes once Redis carries the lock, and ignores non-serving commands", () => {
    const withRedis = readRuntimeConfig({ MEDUSA_WORKER_MODE: "server", REDIS_URL: "redis://r" })
    expect(() => assertSafeProcessTopology(withRedis, ["node", "medusa", "start", "--cluster", "2"])).not.toThrow()
    const server = readRuntimeConfig({ MEDUSA_WORKER_MODE: "server" })
    expect(() => assertSafeProcessTopology(server, ["node", "medusa", "user", "-e", "a@b.c"])).not.toThrow()
  })
})

describe("sessionCookieOptions", () => {
  it("lets Medusa Admin log in over http://localhost but keeps Secure cookies behind https", () => {
    expect(sessionCookieOptions(readRuntimeConfig({}))).toEqual({ secure: false })
    expect(sessionCookieOptions(readRuntimeConfig({ MEDUSA_BACKEND_URL: "https://shop.example" }))).toEqual({})
  })
})
