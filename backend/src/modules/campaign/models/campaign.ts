import { model } from "@medusajs/framework/utils"
import { CAMPAIGN_STATUSES } from "../constants"
import { CampaignClick } from "./campaign-click"
import { CampaignTitle } from "./campaign-title"

/**
 * A campaign page (entity `campaign_page`: Medusa's promotion module already owns `campaign`): copy (Markdown), dates, status, featured titles in order and an optional
 * percentage promotion (a Medusa promotion, referenced by id; see docs/adr/0003-campaigns.md).
 */
export const CampaignPage = model
  .define("campaign_page", {
    id: model.id({ prefix: "camp" }).primaryKey(),
    title: model.text().searchable(),
    slug: model.text().unique(),
    summary: model.text().nullable(),
    body: model.text().default(""),
    hero_image_url: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum([...CAMPAIGN_STATUSES]).default("draft"),
    discount_percent: model.number().nullable(),
    promotion_id: model.text().nullable(),
    titles: model.hasMany(() => CampaignTitle, { mappedBy: "campaign" }),
    clicks: model.hasMany(() => CampaignClick, { mappedBy: "campaign" }),
  })
  .cascades({ delete: ["titles"] })
