import type { PublishingStatus } from "../../modules/book/constants"

/** What a change of a book's publishing status does to its pre-orders (ADR 0004 §10). */
export type PublishingStatusAction = "open-terms" | "notify-postponed" | "cancel-preorders" | "none"

/**
 * The new status when saving the book changes it (also from "no book yet"), else null: re-saving
 * the same status is no news and triggers nothing.
 */
export function publishingStatusChange(from: PublishingStatus | null | undefined, to: PublishingStatus | null | undefined): PublishingStatus | null {
  if (!to || to === from) return null
  return to
}

/** forthcoming opens pre-orders, postponed tells waiting readers, cancelled cancels and refunds, active changes nothing. */
export function publishingStatusAction(to: PublishingStatus): PublishingStatusAction {
  switch (to) {
    case "forthcoming":
      return "open-terms"
    case "postponed":
      return "notify-postponed"
    case "cancelled":
      return "cancel-preorders"
    default:
      return "none"
  }
}

/**
 * Why a forthcoming title's publication date cannot serve as a pre-order release date (missing or
 * not in the future), or null when it can.
 */
export function forthcomingReleaseProblem(publicationDate: Date | string | null | undefined, now: Date): string | null {
  if (publicationDate === null || publicationDate === undefined || publicationDate === "") {
    return "it has no publication date to use as the release date"
  }
  const date = new Date(publicationDate)
  if (Number.isNaN(date.getTime())) return "its publication date is not a date"
  if (date.getTime() <= now.getTime()) return `its publication date ${date.toISOString().slice(0, 10)} is not in the future`
  return null
}
