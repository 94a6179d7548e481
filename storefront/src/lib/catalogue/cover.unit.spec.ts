import { describe, expect, it } from "@jest/globals"
import { coverTone, coverToneCount } from "./cover"

describe("coverTone", () => {
  it("gives a book the same colour every time", () => {
    expect(coverTone("reason-in-revolt")).toBe(coverTone("reason-in-revolt"))
  })

  it("spreads titles over the available tones", () => {
    const handles = ["a", "b", "c", "history-of-the-russian-revolution", "reason-in-revolt", "the-state"]
    const tones = handles.map(coverTone)
    expect(tones.every((t) => t >= 0 && t < coverToneCount)).toBe(true)
    expect(new Set(tones).size).toBeGreaterThan(2)
  })
})
