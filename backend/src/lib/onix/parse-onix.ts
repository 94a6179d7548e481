/**
 * ONIX 3.0 (reference tags) → one validated record per <Product>, plus the header.
 * Pure: a string in, data out. The XML is checked for well-formedness first, so a broken
 * file stops with the parser's line and column; a broken product only rejects itself.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { dropUndefined } from "./drop-undefined"
import { rejectDuplicateIsbns } from "./duplicates"
import { readProduct } from "./read-product"
import type { ProductDefaults } from "./read-product"
import type { OnixHeader, OnixParseResult } from "./types"
import { validateRecord } from "./validate-record"
import { attr, child, children, childText } from "./xml-node"
import type { XmlElement } from "./xml-node"

export class OnixParseError extends Error {
  readonly line?: number
  readonly column?: number

  constructor(message: string, position: { line?: number; column?: number } = {}) {
    super(message)
    this.name = "OnixParseError"
    this.line = position.line
    this.column = position.column
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Text keeps its exact characters ("0123", "9.50"); entities are decoded by xml-node.ts,
  // and DOCTYPE entity declarations are refused below, so nothing expands behind our back.
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  alwaysCreateTextNode: true,
  removeNSPrefix: true,
  // Descriptions and biographies may carry XHTML: keep their inner markup as raw text.
  stopNodes: ["*.Text", "*.BiographicalNote"],
  // Every element is an array, so a repeatable composite sent once reads like one sent twice.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
})

function checkWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml)
  if (result === true) return
  const { msg, line, col } = result.err
  const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`
  throw new OnixParseError(`Malformed XML at ${where}: ${msg}`, { line, column: col })
}

function messageRoot(document: XmlElement): XmlElement {
  const roots = Object.keys(document).filter((key) => !key.startsWith("?") && !key.startsWith("#"))
  if (roots.includes("ONIXmessage")) {
    throw new OnixParseError("Short-tag ONIX is not supported: only ONIX 3.0 reference tags (<ONIXMessage>, <Product>) are")
  }
  const root = child(document, "ONIXMessage")
  if (root === undefined) {
    throw new OnixParseError(`Not an ONIX message: the root element is <${roots[0] ?? "none"}>, expected <ONIXMessage>`)
  }
  return root
}

function readHeader(root: XmlElement): OnixHeader | undefined {
  const header = child(root, "Header")
  if (header === undefined) return undefined
  return dropUndefined<OnixHeader>({
    senderName: childText(child(header, "Sender"), "SenderName"),
    sentDateTime: childText(header, "SentDateTime"),
    defaultCurrencyCode: childText(header, "DefaultCurrencyCode"),
    defaultPriceType: childText(header, "DefaultPriceType"),
    defaultLanguageOfText: childText(header, "DefaultLanguageOfText"),
  })
}

export function parseOnix(xml: string): OnixParseResult {
  const source = xml.replace(/^\uFEFF/, "")
  if (/<!ENTITY/i.test(source)) {
    throw new OnixParseError("DOCTYPE entity declarations are not supported in ONIX files")
  }
  checkWellFormed(source)
  const root = messageRoot(parser.parse(source) as XmlElement)

  const release = attr(root, "release")
  if (release === undefined || !/^3\.\d+$/.test(release)) {
    throw new OnixParseError(
      `Only ONIX 3.x is supported: <ONIXMessage> has release ${release === undefined ? "missing (ONIX 2.1?)" : `"${release}"`}`
    )
  }
  if (children(root, "product").length > 0) {
    throw new OnixParseError("Short-tag ONIX is not supported: only ONIX 3.0 reference tags (<Product>) are")
  }

  const header = readHeader(root)
  const defaults: ProductDefaults = {
    currencyCode: header?.defaultCurrencyCode,
    priceType: header?.defaultPriceType,
  }
  const records = children(root, "Product").map((product, index) =>
    validateRecord(readProduct(product, index + 1, defaults))
  )
  return { release, ...(header === undefined ? {} : { header }), records: rejectDuplicateIsbns(records) }
}
