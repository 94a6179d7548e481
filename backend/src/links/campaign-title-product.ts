import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CampaignModule from "../modules/campaign"

/**
 * A campaign's featured title points at a product by `product_id` (read-only link, no table):
 * `query.graph({ entity: "campaign_page", fields: ["titles.position", "titles.product.*"] })`.
 * Order lives on the campaign_title row (see docs/adr/0003-campaigns.md).
 */
export default defineLink(
  { linkable: CampaignModule.linkable.campaignTitle, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
