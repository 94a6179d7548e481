import { createProgress, progressBar } from "../progress"

const stream = (isTTY: boolean) => {
  const writes: string[] = []
  return { isTTY, writes, write: (text: string) => writes.push(text) }
}

describe("import progress", () => {
  it("draws a bar of done over total works", () => {
    expect(progressBar(120, 400, 10)).toBe("[###-------] 120/400 works")
    expect(progressBar(0, 0, 4)).toBe("[####] 0/0 works")
  })

  it("redraws the bar in place on a terminal, at most every 100 ms, always at the end", () => {
    const out = stream(true)
    let now = 0
    const progress = createProgress(out, () => now)
    progress.start(3)
    now = 200
    progress.update(1, 3)
    now = 250
    progress.update(2, 3)
    progress.update(3, 3)
    progress.finish()
    expect(out.writes).toEqual([progressBar(0, 3), `\r${progressBar(1, 3)}`, `\r${progressBar(3, 3)}`, "\n"])
  })

  it("writes one line per tenth when stderr is not a terminal", () => {
    const out = stream(false)
    const progress = createProgress(out)
    progress.start(20)
    for (let done = 1; done <= 20; done++) progress.update(done, 20)
    progress.finish()
    expect(out.writes[0]).toBe("importing 20 works\n")
    expect(out.writes.slice(1)).toHaveLength(10)
    expect(out.writes.at(-1)).toBe(`${progressBar(20, 20)}\n`)
  })
})
