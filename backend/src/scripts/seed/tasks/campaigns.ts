import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"
import { createCampaignWorkflow } from "../../../workflows/campaign/create-campaign"
import { campaignInput, CAMPAIGNS } from "../campaigns"
import { progressLine } from "../plan"
import type { SeedContext } from "./context"

/**
 * The demo campaigns, by slug; existing ones are left exactly as staff may have changed them.
 * Created through the campaign workflow, so #LeninLives gets its Medusa promotion.
 */
export async function ensureCampaigns({ container, logger }: SeedContext): Promise<void> {
  const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
  const existing = new Set(
    (await service.listCampaignPages({ slug: CAMPAIGNS.map((c) => c.slug) }, { select: ["slug"], withDeleted: true })).map(
      (c) => c.slug
    )
  )
  const missing = CAMPAIGNS.filter((c) => !existing.has(c.slug))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const seed of missing) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: seed.handles } })
    const idByHandle = new Map(data.map((p) => [p.handle, p.id]))
    const productIds = seed.handles.map((h) => idByHandle.get(h)).filter((id): id is string => !!id)
    await createCampaignWorkflow(container).run({ input: campaignInput(seed, productIds, new Date()) })
  }
  logger.info(progressLine("Campaigns", CAMPAIGNS.length, missing.length))
}
