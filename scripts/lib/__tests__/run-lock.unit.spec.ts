import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawn, spawnSync } from "node:child_process"
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

  it("refuses a second start while the first one runs, naming its pid", async () => {
    fs.writeFileSync(path.join(dir, "run.lock"), JSON.stringify({ pid: process.ppid, children: [] }))
    await expect(new RunLock(dir).acquire("http://localhost:8000")).rejects.toThrow(
      new RegExp(`already running from this folder \\(pid ${process.ppid}\\)`)
    )
  })

  it("takes over the lock of a run that was killed", async () => {
    fs.writeFileSync(path.join(dir, "run.lock"), JSON.stringify({ pid: deadPid(), children: [] }))
    const lock = new RunLock(dir)
    await expect(lock.acquire("http://localhost:8000")).resolves.toBeUndefined()
    expect(JSON.parse(fs.readFileSync(path.join(dir, "run.lock"), "utf8")).pid).toBe(process.pid)
    lock.release()
    expect(fs.existsSync(path.join(dir, "run.lock"))).toBe(false)
  })
})

describe("recovering from a run that was killed", () => {
  let dir: string
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"))))
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("stops the servers the killed run left behind before starting again", async () => {
    // Stands in for a storefront server orphaned by `kill -9` of npm start.
    const orphan = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "next-server"], { detached: true })
    const exited = new Promise((resolve) => orphan.once("exit", resolve))
    fs.writeFileSync(
      path.join(dir, "run.lock"),
      JSON.stringify({ pid: deadPid(), children: [{ name: "storefront", pid: orphan.pid }] })
    )
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined)
    await new RunLock(dir).acquire("http://localhost:8000")
    await exited
    expect(log.mock.calls.join(" ")).toMatch(/Stopping the storefront .* left running by a previous run/)
    log.mockRestore()
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
