import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parsePostmasterPid, runningClusterPort } from "../onix-postmaster.ts"

describe("finding the running shop's PostgreSQL", () => {
  it("reads the PID and the port from postmaster.pid", () => {
    const text = "4242\n/data/postgres\n1732252800\n54329\n/tmp\n127.0.0.1\n  5432001  3\nready   \n"
    expect(parsePostmasterPid(text)).toEqual({ pid: 4242, port: 54329 })
    expect(parsePostmasterPid("garbage")).toBeUndefined()
  })

  it("counts a cluster as running only while the postmaster's process lives", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "onix-db-"))
    expect(runningClusterPort(dir)).toBeUndefined()
    fs.writeFileSync(path.join(dir, "postmaster.pid"), `${process.pid}\n${dir}\n0\n54420\n`)
    expect(runningClusterPort(dir)).toBe(54420)
    fs.writeFileSync(path.join(dir, "postmaster.pid"), `999999999\n${dir}\n0\n54420\n`)
    expect(runningClusterPort(dir)).toBeUndefined()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
