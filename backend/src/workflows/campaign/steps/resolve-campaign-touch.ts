import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import { withTouch } from "../../../modules/campaign/lib/attribution"
import { offersDiscountAt, promotionCode } from "../../../modules/campaign/lib/promotion"
import { isVisibleAt } from "../../../modules/campaign/lib/status"
import type CampaignModuleService from "../../../modules/campaign/service"

/** `at` is an ISO time: workflow inputs are serialised, so a Date would arrive as a string. */
export type CampaignTouchInput = { slug: string; cart_id: string; book_handle?: string; at: string }

const notFound = (message: string) => new MedusaError(MedusaError.Types.NOT_FOUND, message)

/**
 * Everything a touch needs, read before any write: the campaign (404 unless readers can see it),
 * the book (404 for an unknown handle), the cart (404), the cart's metadata with this touch
 * merged in, and the promotion code to apply — only while the campaign is live with a discount,
 * and only if the cart does not hold it yet.
 */
export const resolveCampaignTouchStep = createStep(
  "resolve-campaign-touch-step",
  async ({ slug, cart_id, book_handle, at: atIso }: CampaignTouchInput, { container }) => {
    const at = new Date(atIso)
    const [campaign] = await container
      .resolve<CampaignModuleService>(CAMPAIGN_MODULE)
      .listCampaignPages({ slug }, { relations: ["titles"] })
    if (!campaign || !isVisibleAt(campaign, at)) throw notFound(`No campaign "${slug}"`)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (book_handle !== undefined) {
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: book_handle } })
      if (!data.length) throw notFound(`No book "${book_handle}"`)
    }
    const [cart] = await container
      .resolve<ICartModuleService>(Modules.CART)
      .listCarts({ id: cart_id }, { select: ["id", "metadata", "completed_at"] })
    if (!cart || cart.completed_at) throw notFound(`No open cart "${cart_id}"`)
    const { data: withPromotions } = await query.graph({
      entity: "cart",
      fields: ["id", "promotions.code"],
      filters: { id: cart_id },
    })
    const held = new Set(
      (withPromotions[0]?.promotions ?? []).map((p: { code?: string | null } | null) => p?.code ?? "")
    )
    const promoted = {
      ...campaign,
      product_ids: (campaign.titles ?? []).map((t) => t.product_id),
    }
    const code = campaign.promotion_id && offersDiscountAt(promoted, at) ? promotionCode(campaign.slug) : null
    return new StepResponse({
      campaign_id: campaign.id,
      cart_id,
      book_handle: book_handle ?? null,
      metadata: withTouch(cart.metadata, { slug: campaign.slug, at: at.toISOString() }),
      promo_codes: code && !held.has(code) ? [code] : [],
    })
  }
)
