import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { withBuildLock } from "../build-lock.ts"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("withBuildLock", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "build-lock-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("runs two builds one after the other, never at the same time", async () => {
    const lock = path.join(dir, "lock")
    const events: string[] = []
    const build = (name: string) =>
      withBuildLock(lock, async () => {
        events.push(`${name} start`)
        await sleep(300)
        events.push(`${name} end`)
      })
    await Promise.all([build("a"), build("b")])
    expect(events).toEqual(["a start", "a end", "b start", "b end"])
    expect(fs.existsSync(lock)).toBe(false)
  })

  it("takes over a lock left by a process that no longer exists", async () => {
    const lock = path.join(dir, "lock")
    fs.mkdirSync(lock)
    fs.writeFileSync(path.join(lock, "pid"), "999999999")
    await expect(withBuildLock(lock, async () => "built")).resolves.toBe("built")
  })

  it("releases the lock when the build fails", async () => {
    const lock = path.join(dir, "lock")
    await expect(withBuildLock(lock, async () => Promise.reject(new Error("next build failed")))).rejects.toThrow("next build failed")
    expect(fs.existsSync(lock)).toBe(false)
  })
})
