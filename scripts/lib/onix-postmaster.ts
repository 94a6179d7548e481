/** Is the shop's embedded PostgreSQL running, and on which port? Read from its postmaster.pid. */
import fs from "node:fs"
import path from "node:path"
import { isAlive } from "./stale-pid.ts"

/** postmaster.pid: line 1 the PID, line 4 the port (PostgreSQL's documented layout). */
export function parsePostmasterPid(text: string): { pid: number; port: number } | undefined {
  const lines = text.split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 ? { pid, port } : undefined
}

/** The port of the cluster's running postmaster, or undefined when it is not running. */
export function runningClusterPort(clusterDir: string): number | undefined {
  let text: string
  try {
    text = fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8")
  } catch {
    return undefined
  }
  const found = parsePostmasterPid(text)
  return found && isAlive(found.pid) ? found.port : undefined
}
