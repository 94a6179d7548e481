import { slugify } from "../slug"

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
