import { model } from "@medusajs/framework/utils"
import { CampaignPage } from "./campaign"

/** A featured title of a campaign: the product (read through src/links) and its place in the list. */
export const CampaignTitle = model
  .define("campaign_title", {
    id: model.id({ prefix: "camptitle" }).primaryKey(),
    product_id: model.text(),
    position: model.number(),
    campaign: model.belongsTo(() => CampaignPage, { mappedBy: "titles" }),
  })
  .indexes([
    {
      name: "IDX_campaign_title_campaign_product",
      on: ["campaign_id", "product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
