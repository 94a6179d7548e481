/**
 * Reads one ONIX 3.0 <Product> into a draft of strings and codes, exactly as sent. No judgement
 * happens here (validate-record.ts decides what is valid); only the composites are walked.
 */
import { attr, child, children, childText, childTexts, path, rawText, text } from "./xml-node"
import type { XmlElement } from "./xml-node"

export interface IdentifierDraft {
  type?: string
  value?: string
}

export interface ContributorDraft {
  sequence?: string
  roles: string[]
  name?: string
  bio?: string
}

export interface ProductDraft {
  position: number
  recordReference?: string
  notificationType?: string
  identifiers: IdentifierDraft[]
  productForm?: string
  productFormDetails: string[]
  title?: string
  subtitle?: string
  contributors: ContributorDraft[]
  collections: { type?: string; title?: string; partNumber?: string }[]
  subjects: { schemeIdentifier?: string; code?: string; heading?: string; main: boolean }[]
  extents: { type?: string; value?: string; unit?: string }[]
  languages: { role?: string; code?: string }[]
  editionNumber?: string
  /** First <Text> of each <TextContent>, raw (markup and entities untouched). */
  texts: { type?: string; raw: string }[]
  publishingStatus?: string
  publishingDates: { role?: string; date?: string; dateFormat?: string }[]
  prices: { priceType?: string; amount?: string; currency?: string }[]
  related: { codes: string[]; identifiers: IdentifierDraft[] }[]
}

/** Header defaults that apply to every product (ONIX 3.0 <Header>). */
export interface ProductDefaults {
  currencyCode?: string
  priceType?: string
}

const identifiersOf = (element: XmlElement | undefined): IdentifierDraft[] =>
  children(element, "ProductIdentifier").map((id) => ({
    type: childText(id, "ProductIDType"),
    value: childText(id, "IDValue"),
  }))

const joinWords = (...parts: (string | undefined)[]): string | undefined => {
  const words = parts.filter((part): part is string => part !== undefined)
  return words.length > 0 ? words.join(" ") : undefined
}

/** "Woods, Alan" → "Alan Woods"; a name without a comma is kept as it is. */
export function uninvert(inverted: string): string {
  const comma = inverted.indexOf(",")
  if (comma < 0) return inverted.trim()
  const keyNames = inverted.slice(0, comma).trim()
  const before = inverted.slice(comma + 1).trim()
  return before === "" ? keyNames : `${before} ${keyNames}`
}

/** PersonName, else NamesBeforeKey + PrefixToKey + KeyNames + SuffixToKey, else the inverted form. */
export function contributorName(contributor: XmlElement): string | undefined {
  const structured = joinWords(
    childText(contributor, "NamesBeforeKey"),
    childText(contributor, "PrefixToKey"),
    childText(contributor, "KeyNames"),
    childText(contributor, "SuffixToKey")
  )
  const inverted = childText(contributor, "PersonNameInverted")
  return (
    childText(contributor, "PersonName") ??
    (childText(contributor, "KeyNames") ? structured : undefined) ??
    (inverted ? uninvert(inverted) : undefined) ??
    childText(contributor, "CorporateName")
  )
}

/** The TitleDetail of TitleType 01 and its element at `level` (or the first element). */
function titleElement(parent: XmlElement | undefined, level: string): XmlElement | undefined {
  const details = children(parent, "TitleDetail")
  const detail = details.find((d) => childText(d, "TitleType") === "01") ?? details[0]
  const elements = children(detail, "TitleElement")
  return elements.find((e) => childText(e, "TitleElementLevel") === level) ?? elements[0]
}

function titleText(element: XmlElement | undefined): string | undefined {
  return (
    childText(element, "TitleText") ??
    joinWords(childText(element, "TitlePrefix"), childText(element, "TitleWithoutPrefix"))
  )
}

function readCollection(collection: XmlElement): ProductDraft["collections"][number] {
  const elements = children(child(collection, "TitleDetail"), "TitleElement")
  const partNumber =
    elements.map((e) => childText(e, "PartNumber")).find((p) => p !== undefined) ??
    childText(child(collection, "CollectionSequence"), "CollectionSequenceNumber")
  return {
    type: childText(collection, "CollectionType"),
    title: titleText(titleElement(collection, "02")),
    partNumber,
  }
}

export function readProduct(product: XmlElement, position: number, defaults: ProductDefaults = {}): ProductDraft {
  const descriptive = child(product, "DescriptiveDetail")
  const publishing = child(product, "PublishingDetail")
  const productTitle = titleElement(descriptive, "01")
  const supplyDetails = children(product, "ProductSupply").flatMap((s) => children(s, "SupplyDetail"))

  return {
    position,
    recordReference: childText(product, "RecordReference"),
    notificationType: childText(product, "NotificationType"),
    identifiers: identifiersOf(product),
    productForm: childText(descriptive, "ProductForm"),
    productFormDetails: childTexts(descriptive, "ProductFormDetail"),
    title: titleText(productTitle),
    subtitle: childText(productTitle, "Subtitle"),
    contributors: children(descriptive, "Contributor").map((c) => ({
      sequence: childText(c, "SequenceNumber"),
      roles: childTexts(c, "ContributorRole"),
      name: contributorName(c),
      bio: rawText(child(c, "BiographicalNote")),
    })),
    collections: children(descriptive, "Collection").map(readCollection),
    subjects: children(descriptive, "Subject").map((s) => ({
      schemeIdentifier: childText(s, "SubjectSchemeIdentifier"),
      code: childText(s, "SubjectCode"),
      heading: childText(s, "SubjectHeadingText"),
      main: child(s, "MainSubject") !== undefined,
    })),
    extents: children(descriptive, "Extent").map((e) => ({
      type: childText(e, "ExtentType"),
      value: childText(e, "ExtentValue"),
      unit: childText(e, "ExtentUnit"),
    })),
    languages: children(descriptive, "Language").map((l) => ({
      role: childText(l, "LanguageRole"),
      code: childText(l, "LanguageCode"),
    })),
    editionNumber: childText(descriptive, "EditionNumber"),
    texts: children(path(product, "CollateralDetail"), "TextContent").map((t) => ({
      type: childText(t, "TextType"),
      raw: rawText(child(t, "Text")) ?? "",
    })),
    publishingStatus: childText(publishing, "PublishingStatus"),
    publishingDates: children(publishing, "PublishingDate").map((d) => ({
      role: childText(d, "PublishingDateRole"),
      date: text(child(d, "Date")),
      dateFormat: attr(child(d, "Date"), "dateformat") ?? childText(d, "DateFormat"),
    })),
    prices: supplyDetails.flatMap((s) => children(s, "Price")).map((p) => ({
      priceType: childText(p, "PriceType") ?? defaults.priceType,
      amount: childText(p, "PriceAmount"),
      currency: childText(p, "CurrencyCode") ?? defaults.currencyCode,
    })),
    related: children(child(product, "RelatedMaterial"), "RelatedProduct").map((r) => ({
      codes: childTexts(r, "ProductRelationCode"),
      identifiers: identifiersOf(r),
    })),
  }
}
