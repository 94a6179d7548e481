/**
 * ISBN-13 checks for ONIX identifiers, on top of isbn3 (which knows the registered ranges).
 */
import { parse } from "isbn3"

export type IsbnCheck = { ok: true; isbn13: string } | { ok: false; problem: string }

/** Digits only: ONIX sends IDValue unhyphenated, but people paste "978-1-…". */
export const compactIsbn = (value: string): string => value.replace(/[\s-]/g, "")

function checkDigit(firstTwelve: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(firstTwelve[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

/** True when a GTIN-13 is in the Bookland prefixes, i.e. is an ISBN. */
export const isBooklandGtin = (value: string): boolean => /^97[89]\d{10}$/.test(compactIsbn(value))

/** Validates one ISBN-13 and says what is wrong with it in words staff can act on. */
export function checkIsbn13(value: string): IsbnCheck {
  const digits = compactIsbn(value)
  if (!/^\d{13}$/.test(digits)) return { ok: false, problem: "not 13 digits" }
  if (!isBooklandGtin(digits)) return { ok: false, problem: "does not start with 978 or 979" }
  const expected = checkDigit(digits.slice(0, 12))
  if (expected !== Number(digits[12])) {
    return { ok: false, problem: `check digit should be ${expected}` }
  }
  const parsed = parse(digits)
  if (!parsed?.isValid || !parsed.isIsbn13) {
    return { ok: false, problem: "not in a registered ISBN range" }
  }
  return { ok: true, isbn13: parsed.isbn13 }
}
