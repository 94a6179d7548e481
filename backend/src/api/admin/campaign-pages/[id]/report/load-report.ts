import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CAMPAIGN_MODULE } from "../../../../../modules/campaign"
import { buildReport, type ReportOrder } from "../../../../../modules/campaign/lib/report"
import type CampaignModuleService from "../../../../../modules/campaign/service"

/**
 * Reads what the report needs: the campaign's clicks, the orders placed from the carts those
 * clicks touched (Medusa's cart↔order link), then lets buildReport count only the orders whose
 * first or last touch is this campaign.
 */
export async function loadCampaignReport(scope: MedusaContainer, campaignId: string, slug: string) {
  const clicks = await scope
    .resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    .listCampaignClicks({ campaign_id: campaignId }, { select: ["id", "created_at", "cart_id"], take: null })
  const cartIds = [...new Set(clicks.map((c) => c.cart_id).filter((id): id is string => !!id))]
  let orders: ReportOrder[] = []
  if (cartIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartIds } })
    const orderIds = carts.map((c) => c.order?.id).filter((id): id is string => !!id)
    if (orderIds.length) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "created_at", "currency_code", "total", "items.quantity", "metadata"],
        filters: { id: orderIds },
      })
      orders = data.map((o) => ({
        id: o.id,
        created_at: o.created_at as Date,
        currency_code: o.currency_code,
        total: Number(o.total ?? 0),
        items: ((o.items ?? []) as ({ quantity?: unknown } | null)[]).map((i) => ({ quantity: Number(i?.quantity ?? 0) })),
        metadata: o.metadata,
      }))
    }
  }
  return buildReport(slug, clicks, orders)
}
