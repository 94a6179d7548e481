import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import readline from "node:readline"

export type RunOptions = {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  logFile: string
  /**
   * What to print on our terminal (prefixed) besides the log file: everything (default),
   * only warnings and errors (servers: their request logs stay in the file), or nothing.
   */
  echo?: boolean | "problems"
}

const COLORS: Record<string, string> = { backend: "35", storefront: "36", seed: "33", migrate: "33", build: "34" }

function prefix(name: string): string {
  const color = COLORS[name] ?? "37"
  return process.stdout.isTTY ? `\x1b[${color}m${name.padEnd(10)}\x1b[0m│ ` : `${name.padEnd(10)}| `
}

/** A log line worth showing on the terminal: Medusa's JSON warn/error levels, or plain text mentioning an error. */
export function isProblem(line: string): boolean {
  const level = /"level":"(\w+)"/.exec(line)?.[1]
  if (level) return level === "warn" || level === "error"
  return /\b(error|warn(ing)?|fail(ed|ure)?)\b/i.test(line)
}

/** Spawns a child in its own process group, copying its output to a log file (and the terminal). */
export function startChild(options: RunOptions): ChildProcess {
  const log = fs.createWriteStream(options.logFile, { flags: "a" })
  log.write(`\n=== ${new Date().toISOString()} ${options.command} ${options.args.join(" ")}\n`)
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const tag = prefix(options.name)
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    readline.createInterface({ input: stream }).on("line", (line) => {
      log.write(line + "\n")
      if (options.echo === false) return
      if (options.echo === "problems" && !isProblem(line)) return
      process.stdout.write(tag + line + "\n")
    })
  }
  child.on("exit", () => log.end())
  return child
}

/** Runs a child to completion; rejects with the log's path when it fails. */
export function runToEnd(options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startChild(options)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(`${options.name} failed (${signal ?? `exit code ${code}`}); its full output is in ${options.logFile}`)
        )
    })
  })
}

/** SIGTERM the child's whole process group, SIGKILL after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve()
    const pid = child.pid
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal)
      } catch {
        /* already gone */
      }
    }
    const timer = setTimeout(() => kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    kill("SIGTERM")
  })
}
