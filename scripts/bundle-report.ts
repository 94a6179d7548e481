/**
 * `npm run bundle:report`: the first-load JavaScript of the storefront's main routes, from the
 * last `next build` (storefront/.next/diagnostics/route-bundle-stats.json), raw and gzipped.
 * Next 16 no longer prints these sizes itself. Writes bench/results/bundles.json too.
 */
import fs from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { repoRoot, storefrontDir } from "./lib/paths.ts"

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }

const ROUTES = ["/[countryCode]", "/[countryCode]/books", "/[countryCode]/books/[handle]", "/[countryCode]/search", "/[countryCode]/cart", "/[countryCode]/checkout"]

const statsFile = path.join(storefrontDir, ".next", "diagnostics", "route-bundle-stats.json")
if (!fs.existsSync(statsFile)) {
  console.error(`No build statistics at ${statsFile}: build the storefront first (npm start does, or: npm run build -w storefront).`)
  process.exit(2)
}
const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as RouteStats[]
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const rows = ROUTES.map((route) => {
  const entry = stats.find((s) => s.route === route || s.route === `${route}/page`)
  if (!entry) return { route, raw: NaN, gzip: NaN }
  const gzip = entry.firstLoadChunkPaths.reduce((sum, chunk) => {
    const file = path.join(storefrontDir, chunk)
    return sum + (fs.existsSync(file) ? gzipSync(fs.readFileSync(file)).length : 0)
  }, 0)
  return { route, raw: entry.firstLoadUncompressedJsBytes, gzip }
})

console.log("First-load JS per route (from the last next build):")
for (const row of rows) {
  console.log(`  ${row.route.padEnd(32)} ${Number.isNaN(row.raw) ? "not built" : `${kib(row.raw).padStart(10)} raw  ${kib(row.gzip).padStart(10)} gzip`}`)
}
const out = path.join(repoRoot, "bench", "results", "bundles.json")
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify({ measured_at: new Date().toISOString(), routes: rows }, null, 2))
console.log(`Written to ${path.relative(repoRoot, out)}`)
