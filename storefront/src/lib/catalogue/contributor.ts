import type { BookSummary } from "./book"
import { contributorRoles, isContributorRole, type ContributorRole } from "./credits"
import { mediaSrc } from "./media"

/** `GET /store/contributors/:handle` as the backend answers it. */
export type RawContributor = {
  id: string
  name: string
  handle: string
  bio?: string | null
  photo_url?: string | null
  books?: ({ product_id?: string | null; handle?: string | null; title?: string | null; role?: string | null } | null)[] | null
}

/** One of a contributor's books, with every role they have on it. */
export type ContributorBook = { productId: string; handle: string; title: string; roles: ContributorRole[] }

export type Contributor = {
  id: string
  name: string
  handle: string
  bio: string | null
  /** A same-origin photo URL ("/media/…"), or null. */
  photoUrl: string | null
  /** In the backend's order (newest first), one entry per book. */
  books: ContributorBook[]
}

/**
 * The author page's contributor. The backend lists one row per credit, so a person who both
 * wrote and introduced a book appears twice: the rows are merged into one book with both roles.
 */
export function reshapeContributor(raw: RawContributor, context: { backendUrl: string }): Contributor {
  const books = new Map<string, ContributorBook>()
  for (const row of raw.books ?? []) {
    if (!row?.product_id || !row.handle || !isContributorRole(row.role)) continue
    const book = books.get(row.product_id) ?? { productId: row.product_id, handle: row.handle, title: row.title ?? "", roles: [] }
    if (!book.roles.includes(row.role)) book.roles.push(row.role)
    books.set(row.product_id, book)
  }
  for (const book of books.values()) {
    book.roles.sort((a, b) => contributorRoles.indexOf(a) - contributorRoles.indexOf(b))
  }
  return {
    id: raw.id,
    name: raw.name,
    handle: raw.handle,
    bio: raw.bio?.trim() || null,
    photoUrl: mediaSrc(raw.photo_url, context.backendUrl),
    books: [...books.values()],
  }
}

/** The roles worth a badge on a card: everything but plain authorship. */
export function roleBadges(roles: readonly ContributorRole[]): ContributorRole[] {
  return roles.filter((role) => role !== "author")
}

/** The contributor's books in the contributor's order, as priced listings; unsold ones drop out. */
export function orderLike<T extends Pick<BookSummary, "id">>(books: readonly T[], order: readonly ContributorBook[]): T[] {
  const byId = new Map(books.map((b) => [b.id, b]))
  return order.flatMap((entry) => {
    const book = byId.get(entry.productId)
    return book ? [book] : []
  })
}
