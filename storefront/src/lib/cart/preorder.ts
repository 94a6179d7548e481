import { formatDay, isoDay, type Publication } from "../catalogue/publication"

/**
 * A variant's pre-order terms as the store returns them (`fields=+variants.preorder_terms.*`);
 * only what the storefront needs.
 */
export type PreorderTerms = { status: "open" | "closed"; releaseDate: string | null }

/** The terms from a Medusa variant's `preorder_terms` (null when there are none or they are unreadable). */
export function reshapePreorderTerms(
  raw: { status?: string | null; release_date?: string | Date | null } | null | undefined
): PreorderTerms | null {
  if (!raw || (raw.status !== "open" && raw.status !== "closed")) return null
  return { status: raw.status, releaseDate: isoDay(raw.release_date) }
}

/**
 * When a pre-order ships: open terms on the variant win (their release date); without them a
 * forthcoming title ships on its publication date. `{ day: null }` is a pre-order without a known
 * date; null is not a pre-order.
 */
export function preorderShipDay(
  publication: Publication | null | undefined,
  terms?: PreorderTerms | null
): { day: string | null } | null {
  if (terms?.status === "open") return { day: terms.releaseDate ?? publication?.date ?? null }
  if (publication?.status === "forthcoming") return { day: publication.date }
  return null
}

/** A variant with open terms, or a title that is announced but not yet out: it is sold as a pre-order. */
export function isPreorder(publication: Publication | null | undefined, terms?: PreorderTerms | null): boolean {
  return preorderShipDay(publication, terms) !== null
}

/**
 * "Pre-order — ships on 3 January 2027" for a pre-order (without a known date:
 * "Pre-order — ships on publication"); null for anything else.
 */
export function preorderLabel(publication: Publication | null | undefined, countryCode: string, terms?: PreorderTerms | null): string | null {
  const ship = preorderShipDay(publication, terms)
  if (!ship) return null
  return ship.day ? `Pre-order — ships on ${formatDay(ship.day, countryCode)}` : "Pre-order — ships on publication"
}

/** "Pre-order: ships on 3 January 2027" for a cart or order line; null when the line is not a pre-order. */
export function preorderShipNote(publication: Publication | null | undefined, countryCode: string, terms?: PreorderTerms | null): string | null {
  const ship = preorderShipDay(publication, terms)
  if (!ship) return null
  return ship.day ? `Pre-order: ships on ${formatDay(ship.day, countryCode)}` : "Pre-order: ships on publication"
}

/** The open terms a listing's single pre-order button speaks for (the first format that has them). */
export function openTerms(formats: readonly { preorderTerms?: PreorderTerms | null }[]): PreorderTerms | null {
  return formats.find((f) => f.preorderTerms?.status === "open")?.preorderTerms ?? null
}

/** Each format's terms by variant id (cart and order lines look theirs up). */
export function termsByVariant(books: readonly { formats?: readonly { id: string; preorderTerms?: PreorderTerms | null }[] }[]): Map<string, PreorderTerms> {
  return new Map(books.flatMap((book) => (book.formats ?? []).flatMap((f) => (f.preorderTerms ? [[f.id, f.preorderTerms] as const] : []))))
}
