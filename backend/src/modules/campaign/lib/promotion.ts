import { statusAt, type CampaignTiming } from "./status"

export type PromotedCampaign = CampaignTiming & {
  slug: string
  discount_percent: number | null
  product_ids: string[]
}

export const DISCOUNT_MIN = 1
export const DISCOUNT_MAX = 90

/** The campaign's promotion code (shown to staff in Medusa's Promotions, applied by the links). */
export const promotionCode = (slug: string): string => `CAMPAIGN-${slug.toUpperCase()}`

/** A campaign offers its discount only while it is live, and only if it has one. */
export function offersDiscountAt(campaign: PromotedCampaign, at: Date): boolean {
  return campaign.discount_percent !== null && campaign.discount_percent > 0 && statusAt(campaign, at) === "live"
}

/** The discount applies to a title only if the campaign features it and offers a discount now. */
export function discountAppliesTo(campaign: PromotedCampaign, productId: string, at: Date): boolean {
  return offersDiscountAt(campaign, at) && campaign.product_ids.includes(productId)
}

/**
 * What the Medusa promotion must look like for this campaign: active only while staff have it
 * live (Medusa itself enforces the dates through the promotion campaign's starts_at/ends_at),
 * targeting exactly the featured products.
 */
export function promotionPlan(campaign: PromotedCampaign) {
  return {
    code: promotionCode(campaign.slug),
    status: campaign.status === "live" && campaign.discount_percent !== null ? ("active" as const) : ("inactive" as const),
    value: campaign.discount_percent ?? 0,
    product_ids: [...campaign.product_ids],
    starts_at: new Date(campaign.starts_at),
    ends_at: new Date(campaign.ends_at),
  }
}

/** A price after the campaign discount, rounded to the currency's minor unit (2 decimals). */
export function discountedAmount(amount: number, percent: number): number {
  return Math.round(amount * (100 - percent)) / 100
}

/**
 * The campaign code to put on a cart after a title was added: the cart's last campaign touch
 * offers a discount now, the cart holds a title that campaign features, and the code is not on
 * the cart yet. (Medusa keeps a code only on a cart with an eligible item, so a link followed
 * with an empty cart leaves none; this brings the discount back once the book is added.)
 */
export function campaignCodeForCart(input: {
  campaign: PromotedCampaign | null
  at: Date
  heldCodes: ReadonlySet<string>
  cartProductIds: readonly string[]
}): string | null {
  const { campaign, at, heldCodes, cartProductIds } = input
  if (!campaign || !offersDiscountAt(campaign, at)) return null
  if (!cartProductIds.some((id) => campaign.product_ids.includes(id))) return null
  const code = promotionCode(campaign.slug)
  return heldCodes.has(code) ? null : code
}
