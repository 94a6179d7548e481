import { Module } from "@medusajs/framework/utils"
import CampaignModuleService from "./service"

export const CAMPAIGN_MODULE = "campaign"

/** Campaign pages, featured titles and link clicks; titles read products through src/links. */
export default Module(CAMPAIGN_MODULE, {
  service: CampaignModuleService,
})
