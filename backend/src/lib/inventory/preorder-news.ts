/** "2027-01-03" of a date or ISO date-time. */
export function releaseDay(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 10)
}

/**
 * Whether a change of release date is news for readers with pending pre-orders, and which
 * e-mail says it: a later day is a postponement, an earlier day a new date; the same day
 * (say only the time or the cap changed) is no news.
 */
export function releaseDateChangeTemplate(previous: Date | string, next: Date | string): "preorder-postponed" | "preorder-release-date-changed" | null {
  const before = releaseDay(previous)
  const after = releaseDay(next)
  if (before === after) return null
  return after > before ? "preorder-postponed" : "preorder-release-date-changed"
}
