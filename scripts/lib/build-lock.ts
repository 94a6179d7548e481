import fs from "node:fs"
import path from "node:path"
import { isAlive } from "./stale-pid.ts"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function readOwner(pidFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function ageMs(dir: string): number {
  try {
    return Date.now() - fs.statSync(dir).mtimeMs
  } catch {
    return 0
  }
}

/**
 * The backend and storefront builds write into the repository (backend/.medusa, storefront/.next),
 * shared by every shop started from this checkout (`npm start`, the browser tests, the bench).
 * Two builds at once would corrupt each other, so builds take this lock: a directory created
 * atomically, holding the owner's pid. A lock whose owner is gone (a killed run) is taken over.
 */
export async function withBuildLock<T>(lockDir: string, work: () => Promise<T>, onWait?: (pid: number) => void): Promise<T> {
  const pidFile = path.join(lockDir, "pid")
  let announced = false
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(pidFile, String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    }
    const owner = readOwner(pidFile)
    if (owner !== undefined && isAlive(owner)) {
      if (!announced) onWait?.(owner)
      announced = true
    } else if (owner !== undefined || ageMs(lockDir) > 5_000) {
      // Its owner is gone (or never wrote its pid): the lock is stale.
      fs.rmSync(lockDir, { recursive: true, force: true })
      continue
    }
    await sleep(500)
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}
