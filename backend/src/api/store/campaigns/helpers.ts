import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import { renderMarkdown } from "../../../modules/campaign/lib/markdown"
import { offersDiscountAt } from "../../../modules/campaign/lib/promotion"
import { isVisibleAt, statusAt } from "../../../modules/campaign/lib/status"
import type CampaignModuleService from "../../../modules/campaign/service"

type Stored = Awaited<ReturnType<CampaignModuleService["listCampaignPages"]>>[number]

/**
 * A campaign as readers may see it: never its draft state, promotion id or internal fields;
 * `state` is live or ended; `discount_percent` only while live; `body_html` is the Markdown
 * rendered safely; featured products in order.
 */
export function storeCampaign(campaign: Stored, at: Date, withBody: boolean) {
  const product_ids = [...(campaign.titles ?? [])].sort((a, b) => a.position - b.position).map((t) => t.product_id)
  const offers = campaign.promotion_id !== null && offersDiscountAt({ ...campaign, product_ids }, at)
  return {
    id: campaign.id,
    title: campaign.title,
    slug: campaign.slug,
    summary: campaign.summary,
    hero_image_url: campaign.hero_image_url,
    starts_at: campaign.starts_at,
    ends_at: campaign.ends_at,
    state: statusAt(campaign, at),
    discount_percent: offers ? campaign.discount_percent : null,
    product_ids,
    ...(withBody ? { body_html: renderMarkdown(campaign.body) } : {}),
  }
}

/** Campaigns readers can see now (live first, then ended, newest start first). */
export async function visibleCampaigns(scope: MedusaContainer, at: Date) {
  const campaigns = await scope
    .resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    .listCampaignPages({ status: ["live", "ended"] }, { relations: ["titles"], order: { starts_at: "DESC" }, take: 100 })
  return campaigns
    .filter((c) => isVisibleAt(c, at))
    .map((c) => storeCampaign(c, at, false))
    .sort((a, b) => Number(b.state === "live") - Number(a.state === "live"))
}

/** One visible campaign by slug; 404 for unknown, draft or not yet started. */
export async function visibleCampaign(scope: MedusaContainer, slug: string, at: Date) {
  const [campaign] = await scope
    .resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    .listCampaignPages({ slug }, { relations: ["titles"] })
  if (!campaign || !isVisibleAt(campaign, at)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign "${slug}"`)
  return storeCampaign(campaign, at, true)
}
