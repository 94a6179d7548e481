/**
 * ONIX <Text> to plain text. A description can arrive as plain text, as XHTML markup inside
 * the element (textformat 05), as escaped HTML ("&lt;p&gt;…", textformat 02) or inside CDATA.
 * Whatever the form, the result is plain paragraphs separated by a blank line: tags are
 * dropped, never passed through, and the storefront escapes the text like any other.
 */
import { decodeXmlEntities } from "./xml-node"

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g
const TAG = /<\/?[a-zA-Z][^>]*>/
const BLOCK_TAGS = "p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|table|tr|section|article|header|footer"

/** Named HTML entities seen in publishers' descriptions, beyond the five of XML. */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  bull: "•",
  copy: "©",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  ccedil: "ç",
}

/** The text value an XML parser would give, except that real child markup is kept as markup. */
function unwrapXml(raw: string): string {
  let result = ""
  let last = 0
  for (const match of raw.matchAll(CDATA)) {
    result += xmlPart(raw.slice(last, match.index))
    result += match[1] ?? ""
    last = (match.index ?? 0) + match[0].length
  }
  return result + xmlPart(raw.slice(last))
}

/** Outside CDATA: XHTML markup stays as it is; escaped HTML or plain text is decoded once. */
const xmlPart = (part: string): string => (part.includes("<") ? part : decodeXmlEntities(part))

function htmlToParagraphs(html: string): string[] {
  const flattened = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, "gi"), "\n\n")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
  return decodeXmlEntities(flattened, HTML_ENTITIES).split(/\n\s*\n/)
}

/** Plain text of an ONIX <Text> element's raw content; undefined when nothing is left. */
export function toPlainText(raw: string): string | undefined {
  const value = unwrapXml(raw)
  const paragraphs = TAG.test(value) ? htmlToParagraphs(value) : value.split(/\n/)
  const cleaned = paragraphs
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim())
    .filter((paragraph) => paragraph !== "")
  return cleaned.length > 0 ? cleaned.join("\n\n") : undefined
}
