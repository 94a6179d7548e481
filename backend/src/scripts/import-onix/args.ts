/**
 * Arguments of `medusa exec ./src/scripts/import-onix.ts <file.xml>`. Medusa's CLI owns the
 * options of that command line (its `--json` switches its logger to JSON, unknown options are
 * refused), so the script's own options come from the environment: ONIX_IMPORT_JSON (write
 * the summary there) and ONIX_IMPORT_CONCURRENCY (works imported at once, 1–16, default 4).
 * `npm run import:onix -- <file> --json <f> --concurrency <n>` sets them.
 */
export type ImportArgs = { file: string; json?: string; concurrency: number }

export const USAGE =
  "usage: medusa exec ./src/scripts/import-onix.ts <file.xml> (env ONIX_IMPORT_JSON=<summary.json>, ONIX_IMPORT_CONCURRENCY=<1-16>), or from the repo root: npm run import:onix -- <file.xml> [--json <summary.json>] [--concurrency <n>]"

/** The words after the script's own path in `process.argv`, else Medusa's positionals. */
export function scriptArgs(argv: readonly string[], positionals: readonly string[]): string[] {
  const index = argv.findIndex((arg) => /import-onix\.(ts|js)$/.test(arg))
  return index >= 0 ? argv.slice(index + 1) : [...positionals]
}

export function parseImportArgs(words: readonly string[], env: Record<string, string | undefined> = {}): ImportArgs | { error: string } {
  const files = words.filter((word) => !word.startsWith("-"))
  const options = words.filter((word) => word.startsWith("-"))
  if (options.length > 0) return { error: `unexpected option ${options[0]}: options come from the environment` }
  if (files.length !== 1) return { error: files.length === 0 ? "no ONIX file given" : `one ONIX file at a time (got ${files.length})` }
  const concurrency = env.ONIX_IMPORT_CONCURRENCY === undefined || env.ONIX_IMPORT_CONCURRENCY === "" ? 4 : Number(env.ONIX_IMPORT_CONCURRENCY)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    return { error: "ONIX_IMPORT_CONCURRENCY must be a whole number from 1 to 16" }
  }
  const json = env.ONIX_IMPORT_JSON || undefined
  return { file: files[0] as string, concurrency, ...(json === undefined ? {} : { json }) }
}
