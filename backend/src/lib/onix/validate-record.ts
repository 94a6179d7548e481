/**
 * Turns a product draft into a valid record or a list of reasons it cannot be imported.
 * Rejected: no valid ISBN-13, no title, a ProductForm the shop does not sell, a price in an
 * unknown currency or with a bad amount, a deletion notice. Everything else that is odd
 * becomes a warning on the record.
 */
import { EBOOK_FILE_FORMATS, formatFor, SAME_WORK_RELATIONS, statusFor, subjectSchemeFor } from "./code-lists"
import { dropUndefined } from "./drop-undefined"
import { checkIsbn13, compactIsbn, isBooklandGtin } from "./isbn"
import { normaliseContributors, normalisePages, normalisePrices, normalisePublishingDate } from "./normalise-fields"
import { toPlainText } from "./plain-text"
import type { IdentifierDraft, ProductDraft } from "./read-product"
import type { OnixRecordResult, OnixSeries, OnixSubject } from "./types"

type IsbnFinding = { isbn13?: string; reason?: string }

/** ProductIDType 15 (ISBN-13), else 03 (GTIN-13) when it is a 978/979 number. */
export function findIsbn13(identifiers: readonly IdentifierDraft[], where: string): IsbnFinding {
  const isbn = identifiers.find((id) => id.type === "15" && id.value !== undefined)
  const gtin = identifiers.find((id) => id.type === "03" && id.value !== undefined && isBooklandGtin(id.value))
  const candidate = isbn ?? gtin
  if (candidate?.value === undefined) {
    const other = identifiers.find((id) => id.type === "03")?.value
    const note = other === undefined ? "" : ` (GTIN-13 ${other} is not an ISBN)`
    return { reason: `missing ISBN-13 in ${where}${note}` }
  }
  const check = checkIsbn13(candidate.value)
  return check.ok
    ? { isbn13: check.isbn13 }
    : { isbn13: compactIsbn(candidate.value), reason: `invalid ISBN-13 ${candidate.value} in ${where} (${check.problem})` }
}

function seriesOf(draft: ProductDraft, warnings: string[]): OnixSeries | undefined {
  const collections = draft.collections.filter((c) => c.type === "10")
  const first = collections[0]
  if (collections.length > 1) warnings.push(`${collections.length} publisher collections; only "${first?.title}" is used as the series`)
  if (first === undefined) return undefined
  if (first.title === undefined) {
    warnings.push("Collection (CollectionType 10) has no title and was ignored")
    return undefined
  }
  return first.partNumber === undefined ? { title: first.title } : { title: first.title, partNumber: first.partNumber }
}

function subjectsOf(draft: ProductDraft): OnixSubject[] {
  const subjects: OnixSubject[] = []
  for (const s of draft.subjects) {
    const scheme = s.schemeIdentifier === undefined ? undefined : subjectSchemeFor(s.schemeIdentifier)
    if (scheme === undefined || s.schemeIdentifier === undefined) continue // BIC, keywords, …: not imported
    if (s.code === undefined && s.heading === undefined) continue
    subjects.push({
      scheme,
      schemeIdentifier: s.schemeIdentifier,
      main: s.main,
      ...(s.code === undefined ? {} : { code: s.code }),
      ...(s.heading === undefined ? {} : { heading: s.heading }),
    })
  }
  return subjects
}

function relatedFormatIsbns(draft: ProductDraft, warnings: string[]): string[] {
  const isbns: string[] = []
  for (const related of draft.related) {
    if (!related.codes.some((code) => SAME_WORK_RELATIONS.has(code))) continue
    const found = findIsbn13(related.identifiers, "RelatedProduct")
    if (found.reason !== undefined) warnings.push(`${found.reason}; link ignored`)
    else if (found.isbn13 !== undefined && !isbns.includes(found.isbn13)) isbns.push(found.isbn13)
  }
  return isbns
}

const textOfType = (draft: ProductDraft, type: string): string | undefined => {
  const entry = draft.texts.find((t) => t.type === type)
  return entry === undefined ? undefined : toPlainText(entry.raw)
}

export function validateRecord(draft: ProductDraft): OnixRecordResult {
  const reasons: string[] = []
  const warnings: string[] = []
  const recordReference = draft.recordReference ?? `product ${draft.position}`
  if (draft.recordReference === undefined) warnings.push(`missing RecordReference; called "${recordReference}" here`)

  const { isbn13, reason: isbnReason } = findIsbn13(draft.identifiers, "ProductIdentifier")
  if (isbnReason !== undefined) reasons.push(isbnReason)
  if (draft.notificationType === "05") {
    reasons.push(`NotificationType 05 (delete) for ISBN-13 ${isbn13 ?? "unknown"}: deletions are not imported, withdraw the product by hand`)
  }
  if (draft.title === undefined) reasons.push("missing title in TitleDetail (TitleType 01)")

  const format = draft.productForm === undefined ? undefined : formatFor(draft.productForm, draft.productFormDetails)
  if (draft.productForm === undefined) reasons.push("missing ProductForm in DescriptiveDetail")
  else if (format === undefined) {
    const detail = draft.productFormDetails.length > 0 ? ` with ProductFormDetail ${draft.productFormDetails.join(", ")}` : ""
    reasons.push(
      `unsupported ProductForm ${draft.productForm}${detail} in DescriptiveDetail (imported: BB hardback, BC paperback, ED/EB ebook, EA/EC with ${Object.keys(EBOOK_FILE_FORMATS).join("/")})`
    )
  }

  const prices = normalisePrices(draft.prices, reasons)
  if (reasons.length > 0 || isbn13 === undefined || draft.title === undefined || format === undefined || draft.productForm === undefined) {
    return { ok: false, recordReference, position: draft.position, ...(isbn13 === undefined ? {} : { isbn13 }), reasons, warnings }
  }
  if (prices.length === 0) warnings.push("no retail price (PriceType 01–04); the format cannot be sold until one is set")

  const statusCode = draft.publishingStatus
  const status = statusCode === undefined ? undefined : statusFor(statusCode)
  if (status === undefined) warnings.push(`PublishingStatus ${statusCode ?? "missing"}: no status imported`)
  const edition = draft.editionNumber === undefined ? undefined : Number(draft.editionNumber)
  const editionNumber = edition !== undefined && Number.isInteger(edition) && edition > 0 ? edition : undefined
  if (draft.editionNumber !== undefined && editionNumber === undefined) warnings.push(`EditionNumber ${draft.editionNumber} is not a number; left out`)

  const optional = {
    subtitle: draft.subtitle,
    series: seriesOf(draft, warnings),
    pages: normalisePages(draft.extents, warnings),
    language: draft.languages.find((l) => l.role === "01")?.code?.toLowerCase(),
    editionNumber,
    description: textOfType(draft, "03") ?? textOfType(draft, "02"),
    shortDescription: textOfType(draft, "02"),
    status,
    publishingStatusCode: statusCode,
    publishingDate: normalisePublishingDate(draft.publishingDates, warnings),
  }
  const contributors = normaliseContributors(draft.contributors, warnings)
  return {
    ok: true,
    value: {
      recordReference,
      position: draft.position,
      isbn13,
      format,
      productForm: draft.productForm,
      productFormDetails: draft.productFormDetails,
      title: draft.title,
      contributors,
      subjects: subjectsOf(draft),
      prices,
      relatedFormatIsbns: relatedFormatIsbns(draft, warnings).filter((isbn) => isbn !== isbn13),
      warnings,
      ...dropUndefined(optional),
    },
  }
}
