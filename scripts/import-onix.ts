/**
 * `npm run import:onix -- <file.xml> [--json <summary.json>] [--concurrency <n>]`: imports an
 * ONIX 3.0 file into the shop's own database (DATABASE_URL, the running shop's embedded
 * PostgreSQL, or that cluster started for the import). Exit code 0 when every record imported,
 * 1 when any failed, 2 on a bad command line or an unreadable file.
 */
import fs from "node:fs"
import path from "node:path"
import { IMPORT_USAGE, parseImportCli } from "./lib/onix-cli.ts"
import { runImportThroughShop } from "./lib/onix-import-runner.ts"
import { UserFacingError } from "./lib/ports.ts"

// npm runs scripts from the repo root; paths on the command line are the caller's.
const callerDir = process.env.INIT_CWD || process.cwd()
const cli = parseImportCli(process.argv.slice(2))
if ("error" in cli) {
  console.error(`${cli.error}\n${IMPORT_USAGE}`)
  process.exit(2)
}

const file = path.resolve(callerDir, cli.file)
try {
  fs.accessSync(file, fs.constants.R_OK)
  if (!fs.statSync(file).isFile()) throw new Error("not a file")
} catch (error) {
  console.error(`Cannot read ${file} (${(error as Error).message})\n${IMPORT_USAGE}`)
  process.exit(2)
}

try {
  const code = await runImportThroughShop({
    file,
    ...(cli.json ? { json: path.resolve(callerDir, cli.json) } : {}),
    ...(cli.concurrency ? { concurrency: cli.concurrency } : {}),
  })
  process.exit(code)
} catch (error) {
  console.error(error instanceof UserFacingError ? error.message : error)
  process.exit(1)
}
