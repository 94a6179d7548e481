import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".next", ".git", "coverage", "e2e", "__tests__"])

function collect(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    out.push(entry)
    return
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (SKIP.has(name) || name.endsWith(".unit.spec.ts") || name.endsWith(".spec.ts")) continue
    collect(path.join(entry, name), out)
  }
}

/** A content hash of a build's inputs: a rebuild happens exactly when one of them changed. */
export function hashInputs(root: string, entries: readonly string[]): string {
  const files: string[] = []
  for (const entry of entries) collect(path.join(root, entry), files)
  const hash = crypto.createHash("sha256")
  for (const file of files) {
    hash.update(path.relative(root, file))
    hash.update("\0")
    hash.update(fs.readFileSync(file))
    hash.update("\0")
  }
  return hash.digest("hex")
}

export function isStale(stampFile: string, hash: string): boolean {
  try {
    return fs.readFileSync(stampFile, "utf8").trim() !== hash
  } catch {
    return true
  }
}

export function writeStamp(stampFile: string, hash: string): void {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, hash + "\n")
}
