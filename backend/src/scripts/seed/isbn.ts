/**
 * ISBN-13 helpers for the demo catalogue. Pure functions: digits in, digits out.
 * The check digit weights the twelve leading digits alternately 1 and 3 (ISO 2108).
 */

const TWELVE_DIGITS = /^\d{12}$/
const THIRTEEN_DIGITS = /^\d{13}$/

/** Strips the hyphens and spaces people write ISBNs with ("978-1-9999-9001-5"). */
export function normaliseIsbn(isbn: string): string {
  return isbn.replace(/[\s-]/g, "")
}

/** The check digit (0–9) for the first twelve digits of an ISBN-13. */
export function isbn13CheckDigit(firstTwelve: string): number {
  const digits = normaliseIsbn(firstTwelve)
  if (!TWELVE_DIGITS.test(digits)) {
    throw new Error(`An ISBN-13 check digit needs exactly 12 digits, got "${firstTwelve}".`)
  }
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

/** True for a 978/979-prefixed 13-digit string whose check digit is right. */
export function isValidIsbn13(isbn: string): boolean {
  const digits = normaliseIsbn(isbn)
  if (!THIRTEEN_DIGITS.test(digits)) return false
  if (!digits.startsWith("978") && !digits.startsWith("979")) return false
  return isbn13CheckDigit(digits.slice(0, 12)) === Number(digits[12])
}

/**
 * Demo ISBNs live in one made-up block of the English-language group (978-1-99999…), well
 * away from the publisher's real ranges. A real deployment replaces them from the ONIX feed.
 */
export const DEMO_ISBN_PREFIX = "978199999"

/** The demo ISBN-13 for a serial number 0–999, e.g. demoIsbn13(11) → "9781999990114". */
export function demoIsbn13(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) {
    throw new Error(`Demo ISBN serials run from 0 to 999, got ${serial}.`)
  }
  const firstTwelve = DEMO_ISBN_PREFIX + String(serial).padStart(3, "0")
  return firstTwelve + String(isbn13CheckDigit(firstTwelve))
}
