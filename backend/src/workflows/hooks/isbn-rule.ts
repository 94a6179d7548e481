/**
 * The ISBN rule for product variants (ARCHITECTURE §4: a format is a variant whose `ean` is its
 * ISBN-13): an ean, when set, must be a valid ISBN-13 written as 13 digits, and no two variants
 * may share one. Pure functions; the hooks and the admin middleware feed them.
 */
import { parse } from "isbn3"

/** A variant as the rule sees it: enough to name it in a message staff can act on. */
export type VariantIsbn = {
  id?: string | null
  title?: string | null
  ean?: string | null
  product_title?: string | null
}

const THIRTEEN_DIGITS = /^\d{13}$/

/** An ean counts as set when it has any non-blank content. */
export const hasEan = (ean: string | null | undefined): ean is string => typeof ean === "string" && ean.trim() !== ""

/** True for 13 digits that isbn3 accepts as an ISBN-13 (check digit and registered range). */
export function isValidIsbn13(value: string): boolean {
  if (!THIRTEEN_DIGITS.test(value)) return false
  const parsed = parse(value)
  return parsed !== null && parsed.isIsbn13 && parsed.isbn13 === value
}

const describe = (variant: VariantIsbn): string =>
  `variant "${variant.title ?? variant.id ?? "(untitled)"}" of "${variant.product_title ?? "(untitled product)"}"`

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The message for an ean that is not a valid ISBN-13, or null when it is fine (or unset). */
export function invalidIsbnMessage(variant: VariantIsbn): string | null {
  if (!hasEan(variant.ean) || isValidIsbn13(variant.ean)) return null
  const compact = variant.ean.replace(/[\s-]/g, "")
  const hint = compact !== variant.ean && isValidIsbn13(compact) ? " (write the 13 digits without hyphens or spaces)" : ""
  return `${capitalise(describe(variant))} has an invalid ISBN-13: ${variant.ean}${hint}`
}

/** The message when another variant (not the same id) already carries this variant's ean. */
export function duplicateIsbnMessage(variant: VariantIsbn, others: readonly VariantIsbn[]): string | null {
  if (!hasEan(variant.ean)) return null
  const holder = others.find((other) => other.ean === variant.ean && (!variant.id || other.id !== variant.id))
  if (!holder) return null
  return `${capitalise(describe(variant))}: ISBN-13 ${variant.ean} is already used by ${describe(holder)}`
}

/**
 * Every violation among `checked`: invalid ISBNs first, then ISBNs that one of `holders` (any
 * variant carrying one of the checked eans, possibly including the checked variants) already uses.
 */
export function isbnViolations(checked: readonly VariantIsbn[], holders: readonly VariantIsbn[]): string[] {
  const invalid = checked.map(invalidIsbnMessage).filter((m): m is string => m !== null)
  if (invalid.length > 0) return invalid
  return checked.map((variant) => duplicateIsbnMessage(variant, holders)).filter((m): m is string => m !== null)
}

/**
 * Violations among variants a request is about to write: invalid ISBNs first, then ISBNs held
 * by another variant already (`holders`) or by an earlier variant of the same request.
 */
export function draftViolations(drafts: readonly VariantIsbn[], holders: readonly VariantIsbn[]): string[] {
  const invalid = drafts.map(invalidIsbnMessage).filter((m): m is string => m !== null)
  if (invalid.length > 0) return invalid
  return drafts
    .map((draft, i) => duplicateIsbnMessage(draft, [...holders, ...drafts.slice(0, i)]))
    .filter((m): m is string => m !== null)
}
