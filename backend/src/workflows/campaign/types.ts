import type { CampaignStatus } from "../../modules/campaign/constants"

/** What staff write on a campaign (the admin API's body after validation). */
export type CampaignFields = {
  title: string
  slug: string
  summary?: string | null
  body?: string
  hero_image_url?: string | null
  starts_at: Date
  ends_at: Date
  status?: CampaignStatus
  discount_percent?: number | null
}

export type CreateCampaignInput = CampaignFields & { product_ids: string[] }
export type UpdateCampaignInput = Partial<CampaignFields> & { id: string; product_ids?: string[] }

/** A campaign row as the steps read it. */
export type CampaignRecord = {
  id: string
  title: string
  slug: string
  status: CampaignStatus
  starts_at: Date
  ends_at: Date
  discount_percent: number | null
  promotion_id: string | null
}

export const CampaignEvents = {
  CREATED: "campaign.created",
  UPDATED: "campaign.updated",
  DELETED: "campaign.deleted",
} as const
