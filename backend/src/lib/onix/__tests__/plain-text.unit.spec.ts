import { toPlainText } from "../plain-text"

describe("toPlainText", () => {
  it("keeps paragraphs of XHTML and drops inline markup", () => {
    expect(toPlainText("<p>One <b>bold</b> claim.</p>\n  <p>Two<br/>lines &amp; more.</p>")).toBe(
      "One bold claim.\n\nTwo\nlines & more."
    )
  })

  it("decodes escaped HTML once, so a literal &lt; in the HTML stays a character", () => {
    expect(toPlainText("&lt;p&gt;Marx &amp;amp; Engels: a &amp;lt; b&lt;/p&gt;")).toBe("Marx & Engels: a < b")
  })

  it("reads CDATA and removes scripts, styles and comments entirely", () => {
    expect(toPlainText("<![CDATA[<p>Hello<script>alert('x')</script><!-- note --></p><style>p{}</style>]]>")).toBe("Hello")
  })

  it("treats lines of plain text as paragraphs and decodes character references", () => {
    expect(toPlainText("  First line&#8212;dash.\n\n Second &#x2019; line ")).toBe("First line—dash.\n\nSecond ’ line")
  })

  it("gives nothing for empty or tag-only text", () => {
    expect(toPlainText("   ")).toBeUndefined()
    expect(toPlainText("<p> </p><br/>")).toBeUndefined()
  })
})
