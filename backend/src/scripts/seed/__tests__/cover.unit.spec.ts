import { XMLValidator } from "fast-xml-parser"
import { escapeXml, fitTitle, joinNames, paletteFor, PALETTES, renderCover, wrapText, type CoverInput } from "../cover"
import { coverInputFor } from "../cover-input"
import { handleFor } from "../product-input"
import { TITLES } from "../titles"

const palette = PALETTES[0] as NonNullable<(typeof PALETTES)[number]>
const cover = (input: Partial<CoverInput> = {}): string =>
  renderCover({ title: "Reason in Revolt", contributors: ["Ted Grant", "Alan Woods"], palette, ...input })
const textsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`Marx & Engels <"Capital"> 'vol. 1'`)).toBe(
      "Marx &amp; Engels &lt;&quot;Capital&quot;&gt; &apos;vol. 1&apos;"
    )
  })
})

describe("renderCover", () => {
  it("puts the title, subtitle, authors and the Wellred name on the cover", () => {
    const svg = cover({ subtitle: "Marxist Philosophy and Modern Science", series: "Classics of Marxism" })
    const texts = textsOf(svg)
    expect(texts).toEqual(expect.arrayContaining(["CLASSICS OF MARXISM", "WELLRED BOOKS", "TED GRANT AND ALAN WOODS"]))
    expect(texts.join(" ")).toContain("Reason in Revolt")
    expect(svg).toMatch(/<title>Reason in Revolt: Marxist Philosophy and Modern Science<\/title>/)
    expect(svg).toMatch(/font-family="Georgia, 'Times New Roman', Times, serif"/)
  })

  it("escapes text so a title cannot inject markup", () => {
    const svg = cover({ title: `Fish & Chips <script>alert("x")</script>`, contributors: [`O'Brien & Co`] })
    expect(svg).not.toContain("<script>")
    expect(svg).toContain("Fish &amp; Chips")
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(svg).toContain("O&apos;BRIEN &amp; CO")
    expect(XMLValidator.validate(svg)).toBe(true)
  })

  it("is deterministic: the same input gives the same bytes", () => {
    expect(cover({ subtitle: "A" })).toBe(cover({ subtitle: "A" }))
  })

  it("wraps a long title over several lines, smaller, each lower than the last", () => {
    const svg = cover({ title: "The Revolutionary Legacy of Rosa Luxemburg and Other Essays" })
    const lines = [...svg.matchAll(/<text x="300" y="(\d+)" font-size="(\d+)" font-weight="bold">([^<]*)<\/text>/g)]
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.length).toBeLessThanOrEqual(4)
    expect(lines.map((l) => l[3]).join(" ")).toBe("The Revolutionary Legacy of Rosa Luxemburg and Other Essays")
    const ys = lines.map((l) => Number(l[1]))
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(Number(lines[0]?.[2])).toBeLessThan(72)
  })
})

describe("wrapText and fitTitle", () => {
  it("wraps greedily at word boundaries", () => {
    expect(wrapText("History of the Russian Revolution", 12)).toEqual(["History of", "the Russian", "Revolution"])
  })

  it("keeps a word longer than the line on a line of its own", () => {
    expect(wrapText("An Anti-Dühring-Supplement here", 8)).toEqual(["An", "Anti-Dühring-Supplement", "here"])
  })

  it("uses the largest size for short titles and shrinks long ones to at most four lines", () => {
    expect(fitTitle("Bolshevism")).toEqual({ fontSize: 72, lines: ["Bolshevism"] })
    const long = fitTitle("A Very Long Title About the Dialectics of Nature and the History of Philosophy")
    expect(long.fontSize).toBeLessThan(72)
    expect(long.lines.length).toBeLessThanOrEqual(4)
  })
})

describe("joinNames", () => {
  it("reads like a credit line", () => {
    expect(joinNames(["Alan Woods"])).toBe("Alan Woods")
    expect(joinNames(["Ted Grant", "Alan Woods"])).toBe("Ted Grant and Alan Woods")
    expect(joinNames(["Marx", "Engels", "Lenin"])).toBe("Marx, Engels and Lenin")
  })
})

describe("paletteFor and the demo covers", () => {
  it("gives each title the same palette every time, and spreads titles over the palettes", () => {
    const handles = TITLES.map(handleFor)
    expect(handles.map(paletteFor)).toEqual(handles.map(paletteFor))
    expect(new Set(handles.map(paletteFor)).size).toBeGreaterThanOrEqual(4)
  })

  it("renders a valid SVG for every demo title, credited to its authors", () => {
    for (const title of TITLES) {
      const input = coverInputFor(title)
      const svg = renderCover(input)
      expect({ title: title.title, valid: XMLValidator.validate(svg) }).toEqual({ title: title.title, valid: true })
      expect(input.contributors.length).toBeGreaterThan(0)
      expect(svg.length).toBeLessThan(10_000)
    }
    const writings = TITLES.find((t) => t.title === "Writings on Britain")
    expect(writings && coverInputFor(writings)).toMatchObject({ contributors: ["Leon Trotsky"], series: "Classics of Marxism" })
  })
})
