import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"
import type { CampaignFields } from "../types"

export type UpdateCampaignStepInput = Partial<CampaignFields> & { id: string; promotion_id?: string | null }

/** Updates the given fields of one campaign; compensation writes the previous values back. */
export const updateCampaignStep = createStep(
  "update-campaign-step",
  async ({ id, ...changes }: UpdateCampaignStepInput, { container }) => {
    const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    const keys = Object.keys(changes) as (keyof typeof changes)[]
    const before = await service.retrieveCampaignPage(id)
    const previous = Object.fromEntries(keys.map((k) => [k, before[k]]))
    const campaign = keys.length ? await service.updateCampaignPages({ id, ...changes }) : before
    return new StepResponse(campaign, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo || !Object.keys(undo.previous).length) return
    await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).updateCampaignPages({ id: undo.id, ...undo.previous })
  }
)
