import fs from "node:fs"
import path from "node:path"
import { UserFacingError } from "./ports.ts"
import { isAlive } from "./stale-pid.ts"

type LockFile = { pid: number; children: { name: string; pid: number }[] }

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

/**
 * One `npm start` per data directory. The lock records our PID and our children's, so a
 * run that was killed (kill -9, closed terminal) can be cleaned up by the next one: its
 * leftover backend/storefront processes are stopped instead of blocking the ports.
 */
export class RunLock {
  private readonly file: string
  private children: LockFile["children"] = []

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "run.lock")
  }

  acquire(urlHint: string): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const previous = this.read()
    if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
      throw new UserFacingError(
        `The shop is already running from this folder (pid ${previous.pid}). Open ${urlHint}, or stop that run with Ctrl-C in its terminal before starting another.`
      )
    }
    if (previous) this.reapOrphans(previous)
    this.write()
  }

  addChild(name: string, pid: number | undefined): void {
    if (!pid) return
    this.children.push({ name, pid })
    this.write()
  }

  release(): void {
    const current = this.read()
    if (current?.pid === process.pid) fs.rmSync(this.file, { force: true })
  }

  private reapOrphans(previous: LockFile): void {
    for (const child of previous.children) {
      // Only stop what still looks like one of our servers (PIDs can be reused).
      if (isAlive(child.pid) && /medusa|next/.test(commandLine(child.pid))) {
        console.log(`Stopping ${child.name} (pid ${child.pid}) left over from a previous run that was killed.`)
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {
          try {
            process.kill(child.pid, "SIGTERM")
          } catch {
            /* already gone */
          }
        }
      }
    }
  }

  private read(): LockFile | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.file, "utf8")) as LockFile
    } catch {
      return undefined
    }
  }

  private write(): void {
    const lock: LockFile = { pid: process.pid, children: this.children }
    fs.writeFileSync(this.file, JSON.stringify(lock) + "\n")
  }
}
