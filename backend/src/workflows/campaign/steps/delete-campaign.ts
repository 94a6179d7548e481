import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import type CampaignModuleService from "../../../modules/campaign/service"

/** Soft-deletes a campaign (its clicks stay for the record); compensation restores it. */
export const deleteCampaignStep = createStep(
  "delete-campaign-step",
  async (id: string, { container }) => {
    await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).softDeleteCampaignPages(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CampaignModuleService>(CAMPAIGN_MODULE).restoreCampaignPages(id)
  }
)
