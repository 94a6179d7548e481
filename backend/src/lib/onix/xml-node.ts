/**
 * Safe reading of the tree fast-xml-parser builds with `isArray: every element`,
 * `alwaysCreateTextNode`, attributes prefixed "@" and entity processing switched off:
 * every element is an object, its children are arrays under their tag name, its text is
 * under "#text" (still entity-encoded) and its attributes under "@name".
 */

export type XmlElement = { readonly [key: string]: unknown }

const isElement = (value: unknown): value is XmlElement =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** All child elements named `tag`, in document order. */
export function children(element: XmlElement | undefined, tag: string): XmlElement[] {
  const value = element?.[tag]
  return Array.isArray(value) ? value.filter(isElement) : []
}

/** The first child element named `tag`. */
export function child(element: XmlElement | undefined, tag: string): XmlElement | undefined {
  return children(element, tag)[0]
}

/** The element's raw text, entities not yet decoded (for stop nodes such as <Text>). */
export function rawText(element: XmlElement | undefined): string | undefined {
  const value = element?.["#text"]
  return typeof value === "string" ? value : undefined
}

/** The element's text, decoded and trimmed; undefined when empty. */
export function text(element: XmlElement | undefined): string | undefined {
  const raw = rawText(element)
  if (raw === undefined) return undefined
  const decoded = decodeXmlEntities(raw).trim()
  return decoded === "" ? undefined : decoded
}

/** Text of the first child named `tag`. */
export function childText(element: XmlElement | undefined, tag: string): string | undefined {
  return text(child(element, tag))
}

/** Texts of all children named `tag`, empty ones left out. */
export function childTexts(element: XmlElement | undefined, tag: string): string[] {
  return children(element, tag)
    .map(text)
    .filter((value): value is string => value !== undefined)
}

/** An attribute's decoded value. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`]
  if (typeof value !== "string") return undefined
  const decoded = decodeXmlEntities(value).trim()
  return decoded === "" ? undefined : decoded
}

/** Follows a chain of first children: path(product, "DescriptiveDetail", "TitleDetail"). */
export function path(element: XmlElement | undefined, ...tags: string[]): XmlElement | undefined {
  let current = element
  for (const tag of tags) current = child(current, tag)
  return current
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g

/**
 * Decodes the five XML entities and numeric character references in one pass, so "&amp;lt;"
 * becomes "&lt;" and never "<". Anything else (an undeclared "&eacute;") is left as written.
 */
export function decodeXmlEntities(value: string, extra: Readonly<Record<string, string>> = {}): string {
  return value.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith("#")) {
      const hex = body[1] === "x" || body[1] === "X"
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[body] ?? extra[body] ?? whole
  })
}
