/**
 * `npm run seed:large [-- --titles N]` (default 10,000): writes a deterministic synthetic ONIX 3.0 catalogue
 * of N works to <data dir>/onix/large-<N>.xml and imports it through the same path as
 * `npm run import:onix`, then prints the time and works per second. Rerunning imports nothing
 * new (same ISBNs → unchanged).
 */
import fs from "node:fs"
import path from "node:path"
import { dataDir } from "./lib/paths.ts"
import { UserFacingError } from "./lib/ports.ts"
import { parseSeedLargeCli, SEED_LARGE_USAGE } from "./lib/onix-cli.ts"
import { writeLargeCatalogue } from "./lib/onix-generate.ts"
import { runImportThroughShop } from "./lib/onix-import-runner.ts"

const cli = parseSeedLargeCli(process.argv.slice(2))
if ("error" in cli) {
  console.error(`${cli.error}\n${SEED_LARGE_USAGE}`)
  process.exit(2)
}

try {
  const dir = path.join(dataDir(), "onix")
  const file = path.join(dir, `large-${cli.titles}.xml`)
  const summaryFile = path.join(dir, `large-${cli.titles}.summary.json`)
  const started = performance.now()
  await writeLargeCatalogue(file, cli.titles, (done) => process.stderr.write(`generating ${file}: ${done}/${cli.titles} works\n`))
  const generated = performance.now()
  console.log(`Generated ${cli.titles} works (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${((generated - started) / 1000).toFixed(1)} s: ${file}`)

  const code = await runImportThroughShop({ file, json: summaryFile, ...(cli.concurrency ? { concurrency: cli.concurrency } : {}) })
  const seconds = (performance.now() - generated) / 1000
  const summary = fs.existsSync(summaryFile)
    ? (JSON.parse(fs.readFileSync(summaryFile, "utf8")) as { works?: number; duration_ms?: number })
    : {}
  const works = summary.works ?? cli.titles
  const importSeconds = (summary.duration_ms ?? seconds * 1000) / 1000
  console.log(
    `seed:large: ${works} works imported in ${seconds.toFixed(1)} s including start-up ` +
      `(${importSeconds.toFixed(1)} s of import: ${(works / importSeconds).toFixed(1)} works/s); summary in ${summaryFile}`
  )
  process.exit(code)
} catch (error) {
  console.error(error instanceof UserFacingError ? error.message : error)
  process.exit(1)
}
