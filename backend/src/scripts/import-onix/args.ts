/**
 * Arguments of `medusa exec ./src/scripts/import-onix.ts <file.xml> [--json <summary.json>]
 * [--concurrency <n>]`. Medusa's CLI parses options itself and passes only positionals as
 * ExecArgs.args, so the options are read from the raw argv after the script's path.
 */
export type ImportArgs = { file: string; json?: string; concurrency: number }

export const USAGE = "usage: npm run import:onix -- <file.xml> [--json <summary.json>] [--concurrency <1-16>]"

/** The words after the script's own path in `process.argv`, else Medusa's positionals. */
export function scriptArgs(argv: readonly string[], positionals: readonly string[]): string[] {
  const index = argv.findIndex((arg) => /import-onix\.(ts|js)$/.test(arg))
  return index >= 0 ? argv.slice(index + 1) : [...positionals]
}

export function parseImportArgs(words: readonly string[]): ImportArgs | { error: string } {
  const files: string[] = []
  let json: string | undefined
  let concurrency = 4
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    const [flag, inline] = word.startsWith("--") ? word.split(/=(.*)/s, 2) : [word, undefined]
    const value = () => inline ?? words[++i]
    if (flag === "--json") {
      json = value()
      if (!json) return { error: "--json needs a file name" }
    } else if (flag === "--concurrency") {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 1 || n > 16) return { error: "--concurrency needs a whole number from 1 to 16" }
      concurrency = n
    } else if (word.startsWith("--")) {
      return { error: `unknown option ${flag}` }
    } else {
      files.push(word)
    }
  }
  if (files.length !== 1) return { error: files.length === 0 ? "no ONIX file given" : `one ONIX file at a time (got ${files.length})` }
  return { file: files[0] as string, concurrency, ...(json === undefined ? {} : { json }) }
}
