import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionPlan } from "../../../modules/campaign/lib/promotion"
import type { CampaignRecord } from "../types"

export type SyncCampaignPromotionInput = {
  campaign: CampaignRecord
  product_ids: string[]
  /** The campaign is being deleted: its promotion is switched off. */
  retire?: boolean
}

type Undo = { created: string } | { restore: Snapshot } | null

const TARGET_ATTRIBUTE = "items.product.id"

type Snapshot = {
  id: string
  status: "draft" | "active" | "inactive"
  value: number
  rule?: { id: string; values: string[] }
  medusa_campaign?: { id: string; starts_at: Date | null; ends_at: Date | null }
}

async function snapshot(promotions: IPromotionModuleService, id: string): Promise<Snapshot> {
  const promotion = await promotions.retrievePromotion(id, {
    relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values", "campaign"],
  })
  const rule = promotion.application_method?.target_rules?.find((r) => r.attribute === TARGET_ATTRIBUTE)
  return {
    id,
    status: promotion.status ?? "inactive",
    value: Number(promotion.application_method?.value ?? 0),
    rule: rule ? { id: rule.id, values: (rule.values ?? []).map((v) => String(v.value)) } : undefined,
    medusa_campaign: promotion.campaign
      ? { id: promotion.campaign.id, starts_at: promotion.campaign.starts_at ?? null, ends_at: promotion.campaign.ends_at ?? null }
      : undefined,
  }
}

async function apply(promotions: IPromotionModuleService, target: Snapshot) {
  await promotions.updatePromotions({
    id: target.id,
    status: target.status,
    application_method: { value: target.value },
  })
  if (target.rule) await promotions.updatePromotionRules([{ id: target.rule.id, values: target.rule.values }])
  if (target.medusa_campaign) {
    await promotions.updateCampaigns({
      id: target.medusa_campaign.id,
      starts_at: target.medusa_campaign.starts_at,
      ends_at: target.medusa_campaign.ends_at,
    })
  }
}

/**
 * Keeps the campaign's Medusa promotion in line with the campaign (see promotionPlan): created
 * the first time a discount is set (a percentage off the featured products only, inside a Medusa
 * promotion campaign carrying the dates, so Medusa refuses it outside them), then updated —
 * status, percentage, featured products, dates. Returns the promotion id (or null). Compensation
 * deletes a promotion it created, or writes back the previous state of one it changed.
 */
export const syncCampaignPromotionStep = createStep(
  "sync-campaign-promotion-step",
  async ({ campaign, product_ids, retire }: SyncCampaignPromotionInput, { container }) => {
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const plan = promotionPlan({ ...campaign, product_ids })
    const status = retire ? ("inactive" as const) : plan.status

    // A promotion left behind by a deleted campaign with the same slug is taken over.
    const promotionId =
      campaign.promotion_id ??
      (campaign.discount_percent != null && !retire
        ? (await promotions.listPromotions({ code: plan.code }, { select: ["id"] }))[0]?.id
        : undefined)
    if (!promotionId) {
      if (campaign.discount_percent == null || retire || !product_ids.length) {
        return new StepResponse<string | null, Undo>(null, null)
      }
      const [created] = await promotions.createPromotions([
        {
          code: plan.code,
          type: "standard",
          status,
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: plan.value,
            target_rules: [{ attribute: TARGET_ATTRIBUTE, operator: "in", values: plan.product_ids }],
          },
          campaign: {
            name: `Campaign: ${campaign.title}`,
            campaign_identifier: `bookshop-campaign-${campaign.id}`,
            starts_at: plan.starts_at,
            ends_at: plan.ends_at,
          },
        },
      ])
      if (!created) throw new Error("The promotion was not created")
      return new StepResponse<string | null, Undo>(created.id, { created: created.id })
    }

    const before = await snapshot(promotions, promotionId)
    const target: Snapshot = {
      ...before,
      status,
      value: campaign.discount_percent ?? before.value,
      rule: before.rule && product_ids.length ? { id: before.rule.id, values: plan.product_ids } : before.rule,
      medusa_campaign: before.medusa_campaign && { ...before.medusa_campaign, starts_at: plan.starts_at, ends_at: plan.ends_at },
    }
    await apply(promotions, target)
    return new StepResponse<string | null, Undo>(promotionId, { restore: before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    if ("created" in undo) {
      const promotion = await promotions.retrievePromotion(undo.created, { relations: ["campaign"] })
      await promotions.deletePromotions(undo.created)
      if (promotion.campaign?.id) await promotions.deleteCampaigns(promotion.campaign.id)
    } else {
      await apply(promotions, undo.restore)
    }
  }
)
