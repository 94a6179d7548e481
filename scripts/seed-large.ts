/**
 * `npm run seed:large -- --titles 10000`: writes a deterministic synthetic ONIX 3.0 catalogue
 * of N works to <data dir>/onix/large-<N>.xml and imports it through the same path as
 * `npm run import:onix`, then prints the time and works per second. Rerunning imports nothing
 * new (same ISBNs → unchanged).
 */
import fs from "node:fs"
import path from "node:path"
import { once } from "node:events"
import { dataDir } from "./lib/paths.ts"
import { UserFacingError } from "./lib/ports.ts"
import { parseSeedLargeCli, SEED_LARGE_USAGE } from "./lib/onix-cli.ts"
import { LARGE_FOOTER, LARGE_HEADER, largeWorkXml } from "./lib/onix-generate.ts"
import { runImportThroughShop } from "./lib/onix-import-runner.ts"

const cli = parseSeedLargeCli(process.argv.slice(2))
if ("error" in cli) {
  console.error(`${cli.error}\n${SEED_LARGE_USAGE}`)
  process.exit(2)
}

async function generate(file: string, titles: number): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const out = fs.createWriteStream(file)
  out.write(LARGE_HEADER)
  let lastTenth = 0
  for (let i = 0; i < titles; i++) {
    if (!out.write(largeWorkXml(i))) await once(out, "drain")
    const tenth = Math.floor(((i + 1) * 10) / titles)
    if (tenth > lastTenth) {
      lastTenth = tenth
      process.stderr.write(`generating ${file}: ${i + 1}/${titles} works\n`)
    }
  }
  out.end(LARGE_FOOTER)
  await once(out, "finish")
}

try {
  const dir = path.join(dataDir(), "onix")
  const file = path.join(dir, `large-${cli.titles}.xml`)
  const summaryFile = path.join(dir, `large-${cli.titles}.summary.json`)
  const started = performance.now()
  await generate(file, cli.titles)
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
