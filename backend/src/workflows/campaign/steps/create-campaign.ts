import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"
import type { CampaignFields } from "../types"

/** Creates the campaign row; compensation deletes it. */
export const createCampaignStep = createStep(
  "create-campaign-step",
  async (data: CampaignFields, { container }) => {
    const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    const campaign = await service.createCampaignPages(data)
    return new StepResponse(campaign, campaign.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).deleteCampaignPages(id)
  }
)
