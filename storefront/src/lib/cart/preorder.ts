import { formatDay, type Publication } from "../catalogue/publication"

/** A title that is announced but not yet out: it is sold as a pre-order. */
export function isPreorder(publication: Publication): boolean {
  return publication.status === "forthcoming"
}

/**
 * "Pre-order — ships on 3 January 2027" for a forthcoming title (without a known date:
 * "Pre-order — ships on publication"); null for anything else.
 */
export function preorderLabel(publication: Publication, countryCode: string): string | null {
  if (!isPreorder(publication)) return null
  return publication.date
    ? `Pre-order — ships on ${formatDay(publication.date, countryCode)}`
    : "Pre-order — ships on publication"
}

/** "Ships on 3 January 2027" for a cart or order line; null when the line is not a pre-order. */
export function preorderShipNote(publication: Publication | null | undefined, countryCode: string): string | null {
  if (!publication || !isPreorder(publication)) return null
  return publication.date ? `Pre-order: ships on ${formatDay(publication.date, countryCode)}` : "Pre-order: ships on publication"
}
