import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { RunLock } from "../run-lock.ts"
import { clearStalePid } from "../stale-pid.ts"

const deadPid = () => {
  // A PID that certainly is not running: a child that already exited.
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"])
  return Number(child.stdout.toString())
}

describe("one npm start per data directory", () => {
  let dir: string
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"))))
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("refuses a second start while the first one runs, naming its pid", () => {
    fs.writeFileSync(path.join(dir, "run.lock"), JSON.stringify({ pid: process.ppid, children: [] }))
    expect(() => new RunLock(dir).acquire("http://localhost:8000")).toThrow(
      new RegExp(`already running from this folder \\(pid ${process.ppid}\\)`)
    )
  })

  it("takes over the lock of a run that was killed", () => {
    fs.writeFileSync(path.join(dir, "run.lock"), JSON.stringify({ pid: deadPid(), children: [] }))
    const lock = new RunLock(dir)
    expect(() => lock.acquire("http://localhost:8000")).not.toThrow()
    expect(JSON.parse(fs.readFileSync(path.join(dir, "run.lock"), "utf8")).pid).toBe(process.pid)
    lock.release()
    expect(fs.existsSync(path.join(dir, "run.lock"))).toBe(false)
  })
})

describe("embedded PostgreSQL after a crash", () => {
  let dir: string
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pgpid-"))))
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("removes a postmaster.pid left by a dead server", () => {
    fs.writeFileSync(path.join(dir, "postmaster.pid"), `${deadPid()}\n${dir}\n`)
    clearStalePid(dir)
    expect(fs.existsSync(path.join(dir, "postmaster.pid"))).toBe(false)
  })

  it("refuses to touch a cluster whose server is still alive", () => {
    fs.writeFileSync(path.join(dir, "postmaster.pid"), `${process.pid}\n${dir}\n`)
    expect(() => clearStalePid(dir)).toThrow(/already running/)
    expect(fs.existsSync(path.join(dir, "postmaster.pid"))).toBe(true)
  })
})
