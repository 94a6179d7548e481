import fs from "node:fs"
import path from "node:path"
import { UserFacingError } from "./ports.ts"

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/**
 * A previous run that was killed (kill -9, power cut) leaves postmaster.pid behind.
 * If the process it names is gone we remove the stale file; if it is alive, another run
 * owns the cluster and we say so instead of starting a second server on the same data.
 */
export function clearStalePid(clusterDir: string): void {
  const pidFile = path.join(clusterDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new UserFacingError(
      `The shop's PostgreSQL is already running (pid ${pid}, data in ${clusterDir}). Another \`npm start\` is probably running: stop it first (Ctrl-C in its terminal).`
    )
  }
  fs.rmSync(pidFile, { force: true })
}
