import { describe, expect, it } from "@jest/globals"
import { paragraphs, summarise } from "./text"

describe("paragraphs", () => {
  it("splits a description at blank lines and tidies the spacing", () => {
    expect(paragraphs("First  line\ncontinues.\n\n  Second.\r\n\r\nThird.")).toEqual([
      "First line continues.",
      "Second.",
      "Third.",
    ])
  })

  it("has nothing to show for an empty description", () => {
    expect(paragraphs(null)).toEqual([])
    expect(paragraphs("  \n\n ")).toEqual([])
  })
})

describe("summarise", () => {
  it("leaves a short text alone", () => {
    expect(summarise("A short description.")).toBe("A short description.")
  })

  it("cuts a long text at a word and marks the cut", () => {
    const text = "The history of the Russian Revolution, told by one of its leaders, in three volumes."
    const summary = summarise(text, 40)
    expect(summary).toBe("The history of the Russian Revolution…")
    expect(summary!.length).toBeLessThanOrEqual(40)
  })

  it("returns null when there is nothing to summarise", () => {
    expect(summarise(null)).toBeNull()
    expect(summarise("   ")).toBeNull()
  })
})
