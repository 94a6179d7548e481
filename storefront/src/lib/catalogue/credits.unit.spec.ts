import { describe, expect, it } from "@jest/globals"
import {
  authorLine,
  creditLines,
  creditLineText,
  joinNames,
  nameSeparators,
  reshapeCredits,
  type Credit,
} from "./credits"

const c = (name: string, role: Credit["role"]): Credit => ({ name, role, handle: name.toLowerCase().replace(/ /g, "-") })

describe("reshapeCredits", () => {
  it("sorts the API's unordered contributions by position", () => {
    const credits = reshapeCredits([
      { role: "author", position: 3, contributor: { name: "Ted Grant", handle: "ted-grant" } },
      { role: "author", position: 1, contributor: { name: "Alan Woods", handle: "alan-woods" } },
    ])
    expect(credits.map((x) => x.name)).toEqual(["Alan Woods", "Ted Grant"])
  })

  it("drops unknown roles and nameless contributors, and keeps a missing handle as null", () => {
    const credits = reshapeCredits([
      { role: "illustrator", position: 0, contributor: { name: "Someone", handle: "someone" } },
      { role: "author", position: 1, contributor: { name: "  ", handle: "blank" } },
      null,
      { role: "editor", position: 2, contributor: { name: "Rob Sewell", handle: "" } },
    ])
    expect(credits).toEqual([{ name: "Rob Sewell", role: "editor", handle: null }])
  })

  it("breaks ties in position by role order, then name", () => {
    const credits = reshapeCredits([
      { role: "introduction", position: 0, contributor: { name: "A", handle: "a" } },
      { role: "author", position: 0, contributor: { name: "B", handle: "b" } },
    ])
    expect(credits.map((x) => x.role)).toEqual(["author", "introduction"])
  })
})

describe("creditLines", () => {
  it("phrases each role as a reader expects, authors first", () => {
    const lines = creditLines([
      c("Rob Sewell", "introduction"),
      c("Alan Woods", "author"),
      c("Fred Weston", "editor"),
      c("Ted Grant", "author"),
      c("Jordi Martorell", "translator"),
    ])
    expect(lines.map(creditLineText)).toEqual([
      "by Alan Woods and Ted Grant",
      "Edited by Fred Weston",
      "Translated by Jordi Martorell",
      "Introduction by Rob Sewell",
    ])
  })

  it("says nothing for a book without credits", () => {
    expect(creditLines([])).toEqual([])
  })
})

describe("joinNames and nameSeparators", () => {
  it("joins names the British way, without a serial comma", () => {
    expect(joinNames(["Marx"])).toBe("Marx")
    expect(joinNames(["Marx", "Engels"])).toBe("Marx and Engels")
    expect(joinNames(["Lenin", "Trotsky", "Luxemburg"])).toBe("Lenin, Trotsky and Luxemburg")
  })

  it("gives the text between linked names, so they read like joinNames", () => {
    expect(nameSeparators(1)).toEqual([])
    expect(nameSeparators(2)).toEqual([" and "])
    expect(nameSeparators(3)).toEqual([", ", " and "])
  })
})

describe("authorLine", () => {
  it("names up to three authors, then sums up the rest", () => {
    expect(authorLine([])).toBeNull()
    expect(authorLine(["Alan Woods", "Ted Grant"])).toBe("Alan Woods and Ted Grant")
    expect(authorLine(["A", "B", "C", "D"])).toBe("A, B, C and others")
  })
})
