/** The roles a contributor can have on a book (the backend's book module vocabulary). */
export const contributorRoles = ["author", "editor", "translator", "introduction"] as const
export type ContributorRole = (typeof contributorRoles)[number]

/** One person credited on a book, in the book's own order. */
export type Credit = {
  name: string
  /** The author page's handle; null when the contributor has none. */
  handle: string | null
  role: ContributorRole
}

/** A contribution as the store API returns it (`*book.contributions,*book.contributions.contributor`). */
export type RawContribution = {
  role?: string | null
  position?: number | null
  contributor?: { name?: string | null; handle?: string | null } | null
}

export function isContributorRole(role: unknown): role is ContributorRole {
  return typeof role === "string" && (contributorRoles as readonly string[]).includes(role)
}

/**
 * The book's credits in order. The API returns contributions unordered, so they are sorted by
 * position (then role order, then name, so ties are stable); unknown roles and nameless
 * contributors are dropped.
 */
export function reshapeCredits(contributions: readonly (RawContribution | null)[] | null | undefined): Credit[] {
  const rows = (contributions ?? []).flatMap((c) => {
    const name = c?.contributor?.name?.trim()
    if (!c || !name || !isContributorRole(c.role)) return []
    return [{ position: c.position ?? Number.MAX_SAFE_INTEGER, credit: { name, handle: c.contributor?.handle?.trim() || null, role: c.role } }]
  })
  rows.sort(
    (a, b) =>
      a.position - b.position ||
      contributorRoles.indexOf(a.credit.role) - contributorRoles.indexOf(b.credit.role) ||
      a.credit.name.localeCompare(b.credit.name, "en")
  )
  return rows.map((r) => r.credit)
}

/** The names of the book's authors, in order. */
export function authorNames(credits: readonly Credit[]): string[] {
  return credits.filter((c) => c.role === "author").map((c) => c.name)
}

/** What a reader sees before the names of each role's line. */
export const creditLeads: Record<ContributorRole, string> = {
  author: "by",
  editor: "Edited by",
  translator: "Translated by",
  introduction: "Introduction by",
}

/** Short labels for a contributor's role on a book ("Editor"), as shown on the author page. */
export const roleLabels: Record<ContributorRole, string> = {
  author: "Author",
  editor: "Editor",
  translator: "Translator",
  introduction: "Introduction",
}

export type CreditLine = { role: ContributorRole; lead: string; people: Credit[] }

/**
 * The credits as a reader expects them under a title: "by Alan Woods and Ted Grant", then
 * "Edited by …", "Translated by …", "Introduction by …". Within a line people keep the book's order.
 */
export function creditLines(credits: readonly Credit[]): CreditLine[] {
  return contributorRoles.flatMap((role) => {
    const people = credits.filter((c) => c.role === role)
    return people.length > 0 ? [{ role, lead: creditLeads[role], people }] : []
  })
}

const list = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" })

/** "Alan Woods", "Alan Woods and Ted Grant", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return list.format(names)
}

/** A credit line as plain text: "by Alan Woods and Ted Grant". */
export function creditLineText(line: CreditLine): string {
  return `${line.lead} ${joinNames(line.people.map((p) => p.name))}`
}

/**
 * The author line of a card: up to `max` names joined as a reader says them, the rest summed
 * up as "and others"; null when there is nobody to name.
 */
export function authorLine(names: readonly string[], max = 3): string | null {
  if (names.length === 0) return null
  if (names.length <= max) return joinNames(names)
  return `${names.slice(0, max).join(", ")} and others`
}

/**
 * The text between names when `count` names are joined ("A, B and C" → [", ", " and "]), so a
 * page can link each name and still read exactly like `joinNames`.
 */
export function nameSeparators(count: number): string[] {
  if (count < 2) return []
  // Private-use characters mark where each name goes; no real name contains them.
  const placeholders = Array.from({ length: count }, (_, i) => `\uE000${i}\uE001`)
  return joinNames(placeholders).split(/\uE000\d+\uE001/).slice(1, -1)
}
