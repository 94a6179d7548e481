/** What staff set on a campaign; "scheduled" (live before its start) is derived, never stored. */
export const CAMPAIGN_STATUSES = ["draft", "live", "ended"] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** Where a campaign's attribution lives on cart (and order) metadata. */
export const ATTRIBUTION_KEY = "campaign_attribution"
