import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"

export type CampaignClickInput = { campaign_id: string; book_handle: string | null; cart_id: string | null }

/** Records one followed link; compensation deletes the record. */
export const createCampaignClickStep = createStep(
  "create-campaign-click-step",
  async (data: CampaignClickInput, { container }) => {
    const click = await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).createCampaignClicks(data)
    return new StepResponse(click, click.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).deleteCampaignClicks(id)
  }
)
