import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { promotionCode } from "../../../modules/campaign/lib/promotion"
import { statusAt } from "../../../modules/campaign/lib/status"

export const ADMIN_CAMPAIGN_FIELDS = [
  "id",
  "title",
  "slug",
  "summary",
  "body",
  "hero_image_url",
  "starts_at",
  "ends_at",
  "status",
  "discount_percent",
  "promotion_id",
  "created_at",
  "updated_at",
  "titles.position",
  "titles.product_id",
  "titles.product.id",
  "titles.product.title",
  "titles.product.handle",
  "titles.product.thumbnail",
]

export type CampaignRow = {
  id: string
  title: string
  slug: string
  status: "draft" | "live" | "ended"
  starts_at: Date
  ends_at: Date
  promotion_id: string | null
  titles?: ({ position: number } | null)[]
}

/** A campaign for staff: titles in order, what readers see now, and the promotion's code. */
export function adminCampaign<T extends CampaignRow>(campaign: T, at = new Date()) {
  const titles = [...(campaign.titles ?? [])]
    .filter((t): t is NonNullable<typeof t> => t !== null)
    .sort((a, b) => a.position - b.position)
  return {
    ...campaign,
    titles,
    state: statusAt(campaign, at),
    promotion_code: campaign.promotion_id ? promotionCode(campaign.slug) : null,
  }
}

export async function fetchCampaign(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "campaign_page", fields: ADMIN_CAMPAIGN_FIELDS, filters: { id } })
  const campaign = data[0]
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign with id "${id}"`)
  return adminCampaign(campaign as unknown as CampaignRow & Record<string, unknown>)
}
