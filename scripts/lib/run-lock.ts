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

/** The postmaster named in a cluster's postmaster.pid, if it still runs. */
function orphanedPostgres(clusterDir: string): { name: string; pid: number } | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0])
    if (pid > 0 && isAlive(pid) && commandLine(pid).includes("postgres")) return { name: "postgres", pid }
  } catch {
    /* no pid file: nothing left running */
  }
  return undefined
}

/** Signals a process (and its group when it leads one), SIGKILL after 15 s. */
async function terminate(pid: number, signal: NodeJS.Signals): Promise<void> {
  const send = (sig: NodeJS.Signals) => {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, sig)
      } catch {
        /* not a group leader, or already gone */
      }
    }
  }
  send(signal)
  const deadline = Date.now() + 15_000
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  if (isAlive(pid)) send("SIGKILL")
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

  /**
   * Takes the lock, or says who holds it. When the previous holder died without cleaning
   * up, its servers and its PostgreSQL (`clusterDir`) are stopped first, so the ports and
   * the data are free again.
   */
  async acquire(urlHint: string, clusterDir?: string): Promise<void> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const previous = this.read()
    if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
      throw new UserFacingError(
        `The shop is already running from this folder (pid ${previous.pid}). Open ${urlHint}, or stop that run with Ctrl-C in its terminal before starting another.`
      )
    }
    if (previous) {
      const leftovers = previous.children.filter((child) => isAlive(child.pid) && /medusa|next/.test(commandLine(child.pid)))
      const postgres = clusterDir ? orphanedPostgres(clusterDir) : undefined
      if (postgres) leftovers.push(postgres)
      for (const child of leftovers) {
        console.log(`Stopping the ${child.name} (pid ${child.pid}) left running by a previous run that was killed.`)
        await terminate(child.pid, child.name === "postgres" ? "SIGINT" : "SIGTERM")
      }
    }
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
