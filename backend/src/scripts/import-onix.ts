/**
 * ONIX 3.0 import: `medusa exec ./src/scripts/import-onix.ts <file.xml>` (options in ./import-onix/args.ts)
 * (from the repo root: `npm run import:onix -- <file.xml>`). Progress on stderr, the report
 * and the totals on stdout; exit code 1 when any record or work failed, 2 on bad arguments.
 */
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { OnixParseError } from "../lib/onix"
import { ShopNotReadyError } from "../workflows/import-onix/import-context"
import { runOnixImport } from "../workflows/import-onix/run-onix-import"
import { parseImportArgs, scriptArgs, USAGE } from "./import-onix/args"
import { createProgress } from "./import-onix/progress"
import { reportLines } from "./import-onix/report"
import { detachPerEventSubscribers, syncSearchIndex, writtenProductIds } from "./import-onix/search-sync"

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export default async function importOnix({ container, args }: ExecArgs): Promise<void> {
  const parsed = parseImportArgs(scriptArgs(process.argv, args), process.env)
  if ("error" in parsed) {
    console.error(`${parsed.error}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  const file = path.resolve(parsed.file)
  let xml: string
  try {
    xml = await readFile(file, "utf8")
  } catch (error) {
    console.error(`Cannot read ${file}: ${messageOf(error)}\n${USAGE}`)
    process.exitCode = 2
    return
  }

  detachPerEventSubscribers(container)
  const progress = createProgress(process.stderr)
  try {
    const summary = await runOnixImport(container, xml, {
      concurrency: parsed.concurrency,
      onStart: progress.start,
      onProgress: progress.update,
    })
    progress.finish()
    const written = writtenProductIds(summary)
    if (written.length > 0) {
      const started = Date.now()
      process.stderr.write(`updating the search index for ${written.length} products… `)
      await syncSearchIndex(container, written)
      process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    }
    console.log(reportLines(summary).join("\n"))
    if (parsed.json) await writeFile(path.resolve(parsed.json), JSON.stringify({ file, ...summary }, null, 2) + "\n")
    process.exitCode = summary.failed > 0 ? 1 : 0
  } catch (error) {
    progress.finish()
    if (!(error instanceof OnixParseError || error instanceof ShopNotReadyError)) throw error
    console.error(`${path.basename(file)}: ${error.message}`)
    if (parsed.json) await writeFile(path.resolve(parsed.json), JSON.stringify({ file, error: error.message }, null, 2) + "\n")
    process.exitCode = 1
  }
}
