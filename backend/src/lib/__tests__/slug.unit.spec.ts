import { HANDLE_PATTERN, slugify } from "../slug"

describe("slugify", () => {
  it("turns titles into the handles the storefront links to", () => {
    expect(slugify("Reason in Revolt")).toBe("reason-in-revolt")
    expect(slugify("In Defence of Lenin")).toBe("in-defence-of-lenin")
    expect(slugify("Lenin and Trotsky: What They Really Stood For")).toBe(
      "lenin-and-trotsky-what-they-really-stood-for"
    )
  })

  it("drops accents, apostrophes and stray punctuation", () => {
    expect(slugify("Anti-Dühring")).toBe("anti-duhring")
    expect(slugify("Krupskaya’s Writings")).toBe("krupskayas-writings")
    expect(slugify("  Marx & Engels (Vol. 1)  ")).toBe("marx-and-engels-vol-1")
  })
})

describe("slugify for names", () => {
  it.each([
    ["Friedrich Engels", "friedrich-engels"],
    ["Dühring", "duhring"],
    ["Leon  Trotsky ", "leon-trotsky"],
    ["Rosa Luxemburg & Karl Liebknecht", "rosa-luxemburg-and-karl-liebknecht"],
    ["Vsevolod Volkov (Esteban)", "vsevolod-volkov-esteban"],
    ["O’Brien", "obrien"],
    ["Straße", "strasse"],
  ])("turns %p into %p", (name, handle) => {
    expect(slugify(name)).toBe(handle)
    expect(handle).toMatch(HANDLE_PATTERN)
  })

  it("gives an empty handle for a name without any latin letters or digits", () => {
    expect(slugify("—")).toBe("")
  })
})

describe("HANDLE_PATTERN", () => {
  it("rejects capitals, spaces and stray hyphens", () => {
    for (const bad of ["Karl-Marx", "karl marx", "-marx", "marx-", "karl--marx", ""]) {
      expect(bad).not.toMatch(HANDLE_PATTERN)
    }
  })
})
