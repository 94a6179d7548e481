/** Command lines of `npm run import:onix` and `npm run seed:large`. Pure. */

export const IMPORT_USAGE = "usage: npm run import:onix -- <file.xml> [--json <summary.json>] [--concurrency <1-16>]"
export const SEED_LARGE_USAGE = "usage: npm run seed:large -- [--titles <n, 1-30000, default 10000>] [--concurrency <1-16>]"

export type ImportCli = { file: string; json?: string; concurrency?: number }
export type SeedLargeCli = { titles: number; concurrency?: number }
type Failure = { error: string }

type Options = { positionals: string[]; values: Map<string, string> }

function split(words: readonly string[], known: readonly string[]): Options | Failure {
  const positionals: string[] = []
  const values = new Map<string, string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (!word.startsWith("--")) {
      positionals.push(word)
      continue
    }
    const [flag = "", inline] = word.split(/=(.*)/s, 2)
    if (!known.includes(flag)) return { error: `unknown option ${flag}` }
    const value = inline ?? words[++i]
    if (value === undefined || value === "") return { error: `${flag} needs a value` }
    values.set(flag, value)
  }
  return { positionals, values }
}

function wholeNumber(text: string | undefined, flag: string, min: number, max: number): number | undefined | Failure {
  if (text === undefined) return undefined
  const n = Number(text)
  return Number.isInteger(n) && n >= min && n <= max ? n : { error: `${flag} needs a whole number from ${min} to ${max}` }
}

const failed = (value: unknown): value is Failure => typeof value === "object" && value !== null && "error" in value

export function parseImportCli(words: readonly string[]): ImportCli | Failure {
  const options = split(words, ["--json", "--concurrency"])
  if (failed(options)) return options
  if (options.positionals.length !== 1) {
    return { error: options.positionals.length === 0 ? "no ONIX file given" : "give one ONIX file at a time" }
  }
  const concurrency = wholeNumber(options.values.get("--concurrency"), "--concurrency", 1, 16)
  if (failed(concurrency)) return concurrency
  const json = options.values.get("--json")
  return {
    file: options.positionals[0] as string,
    ...(json === undefined ? {} : { json }),
    ...(concurrency === undefined ? {} : { concurrency }),
  }
}

export function parseSeedLargeCli(words: readonly string[]): SeedLargeCli | Failure {
  const options = split(words, ["--titles", "--concurrency"])
  if (failed(options)) return options
  if (options.positionals.length > 0) return { error: `unexpected argument ${options.positionals[0]}` }
  const titles = wholeNumber(options.values.get("--titles"), "--titles", 1, 30_000)
  if (failed(titles)) return titles
  const concurrency = wholeNumber(options.values.get("--concurrency"), "--concurrency", 1, 16)
  if (failed(concurrency)) return concurrency
  return { titles: titles ?? 10_000, ...(concurrency === undefined ? {} : { concurrency }) }
}
