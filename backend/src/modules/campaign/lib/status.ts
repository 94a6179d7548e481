import { HANDLE_PATTERN } from "../../../lib/slug"
import type { CampaignStatus } from "../constants"

/** What a reader sees at a moment: "scheduled" is a live campaign whose start is still ahead. */
export type EffectiveStatus = "draft" | "scheduled" | "live" | "ended"

export type CampaignTiming = {
  status: CampaignStatus
  starts_at: Date | string
  ends_at: Date | string
}

const time = (value: Date | string): number => new Date(value).getTime()

/**
 * A draft is never shown; a live campaign is live only from its start (inclusive) to its end
 * (exclusive), scheduled before and ended after; a campaign staff ended stays ended.
 */
export function statusAt(campaign: CampaignTiming, at: Date): EffectiveStatus {
  if (campaign.status === "draft") return "draft"
  if (campaign.status === "ended") return "ended"
  const now = at.getTime()
  if (now < time(campaign.starts_at)) return "scheduled"
  if (now >= time(campaign.ends_at)) return "ended"
  return "live"
}

/** Readers see live and ended campaigns (an ended one says so); drafts and scheduled ones 404. */
export const isVisibleAt = (campaign: CampaignTiming, at: Date): boolean => {
  const status = statusAt(campaign, at)
  return status === "live" || status === "ended"
}

export const SLUG_MAX_LENGTH = 80

/** Why a slug cannot be used in `/go/<slug>` and `/campaigns/<slug>`, or null when it can. */
export function slugProblem(slug: string): string | null {
  if (slug.length < 2 || slug.length > SLUG_MAX_LENGTH) {
    return `Field 'slug' must be 2 to ${SLUG_MAX_LENGTH} characters long`
  }
  if (!HANDLE_PATTERN.test(slug)) {
    return "Field 'slug' must be lower-case letters and digits joined by single hyphens, e.g. 'lenin-lives'"
  }
  return null
}

/** Why these dates cannot frame a campaign, or null when they can. */
export function datesProblem(startsAt: Date | string, endsAt: Date | string): string | null {
  const start = time(startsAt)
  const end = time(endsAt)
  if (Number.isNaN(start) || Number.isNaN(end)) return "Fields 'starts_at' and 'ends_at' must be dates"
  if (end <= start) return "Field 'ends_at' must be after 'starts_at'"
  return null
}
