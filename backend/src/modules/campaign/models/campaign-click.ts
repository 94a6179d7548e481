import { model } from "@medusajs/framework/utils"
import { CampaignPage } from "./campaign"

/** One followed campaign link (`/go/<campaign>[/<book>]`): which book, which cart, when. */
export const CampaignClick = model
  .define("campaign_click", {
    id: model.id({ prefix: "campclick" }).primaryKey(),
    book_handle: model.text().nullable(),
    cart_id: model.text().nullable(),
    campaign: model.belongsTo(() => CampaignPage, { mappedBy: "clicks" }),
  })
  .indexes([{ name: "IDX_campaign_click_campaign_created", on: ["campaign_id", "created_at"] }])
