import { renderMarkdown, safeHref } from "../markdown"

describe("campaign Markdown", () => {
  it("renders paragraphs, headings, emphasis, lists, quotes and links", () => {
    const html = renderMarkdown(
      "# Lenin lives\n\nA **centenary** of *ideas*.\nStill _read_.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n[Read more](https://marxist.com/lenin)\n\n---"
    )
    expect(html).toBe(
      [
        "<h2>Lenin lives</h2>",
        "<p>A <strong>centenary</strong> of <em>ideas</em>. Still <em>read</em>.</p>",
        "<ul><li>one</li><li>two</li></ul>",
        "<ol><li>first</li></ol>",
        "<blockquote><p>quoted</p></blockquote>",
        '<p><a href="https://marxist.com/lenin" rel="noopener noreferrer">Read more</a></p>',
        "<hr>",
      ].join("\n")
    )
  })

  it("never passes raw HTML through", () => {
    const html = renderMarkdown('<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n**<b>bold</b>**')
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;")
  })

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox",
  ])("neutralises a %p link to plain text", (href) => {
    const html = renderMarkdown(`[click me](${href})`)
    expect(html).not.toMatch(/<a|href/)
    expect(html).toContain("click me")
  })

  it("keeps safe link targets and escapes quotes inside them", () => {
    expect(safeHref("/gb/books/in-defence-of-lenin")).toBe("/gb/books/in-defence-of-lenin")
    expect(safeHref("#titles")).toBe("#titles")
    expect(safeHref("mailto:books@wellred.org")).toBe("mailto:books@wellred.org")
    expect(renderMarkdown('[x](https://a.test/"onmouseover="alert(1))')).not.toContain('"onmouseover')
  })

  it("drops the link but keeps its text", () => {
    expect(renderMarkdown("[win a prize](javascript:alert(1))")).toBe("<p>win a prize</p>")
  })

  it("keeps a link whose target has parentheses", () => {
    expect(renderMarkdown("[Lenin](https://en.wikipedia.org/wiki/Lenin_(disambiguation))")).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Lenin_(disambiguation)" rel="noopener noreferrer">Lenin</a></p>'
    )
  })

  it("does not turn snake_case words into emphasis", () => {
    expect(renderMarkdown("a snake_case_name")).toBe("<p>a snake_case_name</p>")
  })
})
