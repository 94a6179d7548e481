import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export type LocalSecrets = {
  jwtSecret: string
  cookieSecret: string
  adminPassword: string
  revalidateSecret: string
}

const random = (bytes: number) => crypto.randomBytes(bytes).toString("base64url")

/**
 * Secrets for the embedded default, generated once and kept in the data directory
 * (git-ignored, mode 600). Production supplies its own through the environment.
 */
export function loadOrCreateSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, "secrets.json")
  const existing: Partial<LocalSecrets> = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>)
    : {}
  const secrets: LocalSecrets = {
    jwtSecret: existing.jwtSecret ?? random(48),
    cookieSecret: existing.cookieSecret ?? random(48),
    adminPassword: existing.adminPassword ?? random(12),
    revalidateSecret: existing.revalidateSecret ?? random(32),
  }
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  }
  return secrets
}
