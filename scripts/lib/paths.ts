import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** Everything the embedded default keeps (Postgres cluster, secrets, logs, mail) lives here. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.BOOKSHOP_DATA_DIR || ".data")
}

export const backendDir = path.join(repoRoot, "backend")
export const storefrontDir = path.join(repoRoot, "storefront")
export const backendBuildDir = path.join(backendDir, ".medusa", "server")

export function binPath(name: string): string {
  return path.join(repoRoot, "node_modules", ".bin", name)
}
