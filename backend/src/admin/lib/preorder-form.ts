/**
 * The variant's "Pre-orders" form in Medusa Admin: what staff typed → the body of
 * `POST /admin/variants/:id/preorder`, or the message to show beside the field. The server
 * checks again (validators.ts, the terms workflow); this only saves a round trip.
 */
export type PreorderFormValues = { releaseDate: string; cap: string }
export type PreorderFormErrors = Partial<Record<keyof PreorderFormValues, string>>
export type PreorderTermsBody = { release_date: string; cap: number | null }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** `today` is the staff member's local day as YYYY-MM-DD (a new pre-order must ship after it). */
export function parsePreorderForm(
  values: PreorderFormValues,
  options: { today: string; opening: boolean; claimed: number }
): { ok: true; body: PreorderTermsBody } | { ok: false; errors: PreorderFormErrors } {
  const errors: PreorderFormErrors = {}
  const day = values.releaseDate.trim()
  if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    errors.releaseDate = "Enter the release date, e.g. 2027-01-21"
  } else if (options.opening && day <= options.today) {
    errors.releaseDate = "A new pre-order needs a release date after today"
  }
  const capText = values.cap.trim()
  let cap: number | null = null
  if (capText) {
    const n = Number(capText)
    if (!/^\d+$/.test(capText) || !Number.isSafeInteger(n) || n <= 0) {
      errors.cap = "The cap is a whole number above zero; leave it empty for no cap"
    } else if (n < options.claimed) {
      errors.cap = `${options.claimed} copies are already pre-ordered; the cap cannot go below that`
    } else {
      cap = n
    }
  }
  if (errors.releaseDate || errors.cap) return { ok: false, errors }
  return { ok: true, body: { release_date: day, cap } }
}

/** The form's starting values from the stored terms (release date as the UTC day it was saved as). */
export function preorderFormValues(terms: { release_date: string; cap: number | null } | null): PreorderFormValues {
  if (!terms) return { releaseDate: "", cap: "" }
  return { releaseDate: terms.release_date.slice(0, 10), cap: terms.cap === null ? "" : String(terms.cap) }
}

/** A local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
