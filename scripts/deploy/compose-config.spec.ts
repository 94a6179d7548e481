import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

// docker-compose.yml describes the production topology (ARCHITECTURE §7). No Docker engine
// runs here, so this validates the file with Debian's docker-compose (`config -q`).
const repoRoot = path.resolve(__dirname, "../..")
const composeBin = ["/usr/bin/docker-compose", "/usr/local/bin/docker-compose"].find((bin) => fs.existsSync(bin))

const requiredEnv = {
  JWT_SECRET: "j".repeat(48),
  COOKIE_SECRET: "c".repeat(48),
  MEILI_MASTER_KEY: "m".repeat(32),
  POSTGRES_PASSWORD: "p".repeat(24),
}

function compose(args: string[], env: Record<string, string>) {
  if (!composeBin) {
    throw new Error("docker-compose is not installed: apt-get install -y docker-compose (as .ci/run does)")
  }
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !(key in requiredEnv))
  ) as Record<string, string>
  return spawnSync(composeBin, ["-f", "docker-compose.yml", ...args], {
    cwd: repoRoot,
    env: { ...clean, ...env },
    encoding: "utf8",
  })
}

describe("docker-compose.yml (production topology)", () => {
  it("is a valid compose file when the required secrets are given", () => {
    const result = compose(["config", "-q"], requiredEnv)
    expect(result.stderr).not.toMatch(/error/i)
    expect(result.status).toBe(0)
  })

  it("declares the whole topology: database, Redis, Meilisearch, server, worker, storefront", () => {
    const result = compose(["config", "--services"], requiredEnv)
    expect(result.status).toBe(0)
    const services = result.stdout.trim().split("\n")
    expect(services).toEqual(
      expect.arrayContaining(["postgres", "redis", "meilisearch", "server", "worker", "storefront"])
    )
  })

  it("gives the server, the worker and the migrate job one data volume at BOOKSHOP_DATA_DIR (covers, dev mailbox)", () => {
    const result = compose(["config"], requiredEnv)
    expect(result.status).toBe(0)
    // docker-compose 1.x prints YAML; find each service's block and look inside it.
    const block = (service: string) => result.stdout.split(/\n {2}(?=[a-z-]+:\n)/).find((part) => part.startsWith(`${service}:`)) ?? ""
    for (const service of ["server", "worker", "migrate"]) {
      expect(block(service)).toMatch(/BOOKSHOP_DATA_DIR: \/app\/data/)
      expect(block(service)).toMatch(/source: shop-data\n\s+target: \/app\/data|shop-data:\/app\/data/)
    }
  })

  it.each(Object.keys(requiredEnv))("refuses to run without %s, naming it", (name) => {
    const rest = Object.fromEntries(Object.entries(requiredEnv).filter(([key]) => key !== name))
    const result = compose(["config", "-q"], rest)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`set ${name}`)
  })
})
