/**
 * ISBNs are matched exactly, never by typo tolerance: a query that is an ISBN (13 digits, or an
 * ISBN-10, with or without hyphens and spaces) becomes an exact filter on the index's `isbns`
 * field, so "9781999990114" finds that book and "9781999990115" finds nothing — on every
 * provider, whatever the caller asked for. Other all-number queries ("1917") are searched
 * without typo tolerance, so a year never matches its neighbours.
 */

/** The ISBN-13 a query stands for, or null when the query is not an ISBN. */
export function isbnFromQuery(q: string): string | null {
  const compact = q.trim().replace(/[\s-]/g, "").toUpperCase()
  if (/^97[89]\d{10}$/.test(compact)) return compact
  if (/^\d{9}[\dX]$/.test(compact)) return isbn10To13(compact)
  return null
}

/** "0-00-000000-X" style ISBN-10 → its ISBN-13 (978 prefix, new check digit). */
export function isbn10To13(isbn10: string): string {
  const twelve = `978${isbn10.slice(0, 9)}`
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3)
  return `${twelve}${(10 - (sum % 10)) % 10}`
}

/** True for a query of digits only (with the separators people type). */
export function isNumericQuery(q: string): boolean {
  return /^[\d\s./-]+$/.test(q.trim()) && /\d/.test(q)
}

type Filters = Record<string, unknown> & { q?: unknown }
type SearchQueryBody = {
  entity?: unknown
  filters?: Filters
  search_options?: Record<string, unknown> & { typo_tolerance?: unknown }
}

/**
 * The store search query with the ISBN rule applied (for queries on `entity`). Returns the
 * query unchanged when the rule has nothing to do. Never mutates its input.
 */
export function applyIsbnRule<T extends SearchQueryBody>(query: T, entity: string, isbnField = "isbns"): T {
  if (query.entity !== entity || typeof query.filters?.q !== "string") return query
  const q = query.filters.q
  const isbn = isbnFromQuery(q)
  if (!isbn && !isNumericQuery(q)) return query
  const { typo_tolerance: _ignored, ...searchOptions } = query.search_options ?? {}
  if (!isbn) return { ...query, search_options: searchOptions }
  const { q: _q, ...filters } = query.filters
  return { ...query, filters: { ...filters, [isbnField]: isbn }, search_options: searchOptions }
}
