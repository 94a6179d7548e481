/**
 * A small, safe Markdown renderer for campaign copy. Raw HTML is never passed through: every
 * character of the source is escaped, and only the markup below is produced — paragraphs,
 * headings (#–###), **strong**, *em* or _em_, `code`, links, lists (- and 1.), > quotes, ---.
 * Links keep only http(s), mailto and same-site (/…, #…) targets; anything else (javascript:,
 * data:, vbscript:, …) renders as plain text.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** The link target if it is safe to put in an href, else null. */
export function safeHref(raw: string): string | null {
  const href = raw.trim()
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squashed = [...href]
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join("")
    .toLowerCase()
  if (squashed.startsWith("/") || squashed.startsWith("#")) return href
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed)
  if (!scheme) return squashed.includes(":") ? null : href
  return ["http", "https", "mailto"].includes(scheme[1] ?? "") ? href : null
}

const INLINE =
  /`([^`]+)`|\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*(.+?)\*\*|\*([^*]+)\*|(?<![A-Za-z0-9])_([^_]+)_(?![A-Za-z0-9])/g

function renderInline(source: string): string {
  let out = ""
  let last = 0
  for (const match of source.matchAll(INLINE)) {
    out += escapeHtml(source.slice(last, match.index))
    const [whole, code, text, url, strong, em, em2] = match
    if (code !== undefined) out += `<code>${escapeHtml(code)}</code>`
    else if (text !== undefined) {
      const href = safeHref(url ?? "")
      const external = href !== null && /^https?:/i.test(href)
      out += href
        ? `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ""}>${renderInline(text)}</a>`
        : renderInline(text)
    } else if (strong !== undefined) out += `<strong>${renderInline(strong)}</strong>`
    else out += `<em>${renderInline(em ?? em2 ?? "")}</em>`
    last = (match.index ?? 0) + whole.length
  }
  return out + escapeHtml(source.slice(last))
}

type Block = { kind: "p" | "ul" | "ol" | "quote"; lines: string[] }

const LIST_ITEM = { ul: /^\s*[-*+]\s+(.*)$/, ol: /^\s*\d+[.)]\s+(.*)$/ }

function renderBlock(block: Block): string {
  if (block.kind === "p") return `<p>${renderInline(block.lines.join(" "))}</p>`
  if (block.kind === "quote") return `<blockquote><p>${renderInline(block.lines.join(" "))}</p></blockquote>`
  const items = block.lines.map((line) => `<li>${renderInline(line)}</li>`).join("")
  return `<${block.kind}>${items}</${block.kind}>`
}

/** Renders campaign Markdown to HTML that is safe to insert as-is. */
export function renderMarkdown(source: string): string {
  const html: string[] = []
  let block: Block | null = null
  const flush = () => {
    if (block) html.push(renderBlock(block))
    block = null
  }
  const add = (kind: Block["kind"], line: string) => {
    if (block?.kind !== kind) {
      flush()
      block = { kind, lines: [] }
    }
    block.lines.push(line)
  }
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd()
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    const ul = LIST_ITEM.ul.exec(line)
    const ol = LIST_ITEM.ol.exec(line)
    if (line.trim() === "") flush()
    else if (/^\s*(?:-{3,}|\*{3,})\s*$/.test(line)) {
      flush()
      html.push("<hr>")
    } else if (heading) {
      flush()
      // Campaign pages have their own <h1>: Markdown headings start at <h2>.
      const level = (heading[1]?.length ?? 1) + 1
      html.push(`<h${level}>${renderInline(heading[2] ?? "")}</h${level}>`)
    } else if (ul) add("ul", ul[1] ?? "")
    else if (ol) add("ol", ol[1] ?? "")
    else if (line.startsWith(">")) add("quote", line.replace(/^>\s?/, ""))
    else add("p", line.trim())
  }
  flush()
  return html.join("\n")
}
