import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import { readAttribution } from "../../../modules/campaign/lib/attribution"
import { campaignCodeForCart } from "../../../modules/campaign/lib/promotion"
import type CampaignModuleService from "../../../modules/campaign/service"

export type CampaignDiscountInput = { cart_id: string; at: string }

type CartRow = { promotions?: ({ code?: string | null } | null)[] | null; items?: ({ product_id?: string | null } | null)[] | null }

/**
 * Reads (writes nothing) which campaign code the cart should now hold: its last campaign touch,
 * that campaign's featured titles and discount, the cart's titles and codes. 404 for an unknown
 * or completed cart; an empty list when there is nothing to add.
 */
export const resolveCampaignDiscountStep = createStep(
  "resolve-campaign-discount-step",
  async ({ cart_id, at }: CampaignDiscountInput, { container }) => {
    const [cart] = await container
      .resolve<ICartModuleService>(Modules.CART)
      .listCarts({ id: cart_id }, { select: ["id", "metadata", "completed_at"] })
    if (!cart || cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No open cart "${cart_id}"`)
    const attribution = readAttribution(cart.metadata)
    if (!attribution) return new StepResponse({ cart_id, promo_codes: [] as string[] })

    const [campaign] = await container
      .resolve<CampaignModuleService>(CAMPAIGN_MODULE)
      .listCampaignPages({ slug: attribution.last.slug }, { relations: ["titles"] })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "promotions.code", "items.product_id"],
      filters: { id: cart_id },
    })
    const row = (data[0] ?? {}) as CartRow
    const code = campaignCodeForCart({
      campaign:
        campaign && campaign.promotion_id ? { ...campaign, product_ids: (campaign.titles ?? []).map((t) => t.product_id) } : null,
      at: new Date(at),
      heldCodes: new Set((row.promotions ?? []).flatMap((p) => (p?.code ? [p.code] : []))),
      cartProductIds: (row.items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : [])),
    })
    return new StepResponse({ cart_id, promo_codes: code ? [code] : [] })
  }
)
