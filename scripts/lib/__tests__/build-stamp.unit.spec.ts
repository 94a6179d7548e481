import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { hashInputs, isStale, writeStamp } from "../build-stamp.ts"

describe("build staleness", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stamp-"))
    fs.mkdirSync(path.join(dir, "src"))
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a = 1\n")
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("asks for a build when there is no stamp, and not after one was written", () => {
    const stamp = path.join(dir, "out", "stamp")
    const hash = hashInputs(dir, ["src"])
    expect(isStale(stamp, hash)).toBe(true)
    writeStamp(stamp, hash)
    expect(isStale(stamp, hashInputs(dir, ["src"]))).toBe(false)
  })

  it("rebuilds when a source changes or a file is added, not when only tests change", () => {
    const before = hashInputs(dir, ["src"])
    fs.writeFileSync(path.join(dir, "src", "a.unit.spec.ts"), "test('x', () => {})\n")
    expect(hashInputs(dir, ["src"])).toBe(before)
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a = 2\n")
    const edited = hashInputs(dir, ["src"])
    expect(edited).not.toBe(before)
    fs.writeFileSync(path.join(dir, "src", "b.ts"), "export const b = 1\n")
    expect(hashInputs(dir, ["src"])).not.toBe(edited)
  })

  it("ignores inputs that do not exist instead of failing", () => {
    expect(() => hashInputs(dir, ["src", "missing.json"])).not.toThrow()
  })
})
