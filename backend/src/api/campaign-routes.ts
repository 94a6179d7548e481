import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCampaignReportParams, AdminCreateCampaign, AdminUpdateCampaign } from "./admin/campaign-pages/validators"
import { StoreCampaignTouch } from "./store/campaigns/validators"

/** Body and query validation for the campaign routes (spread into middlewares.ts). */
export const campaignRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/campaign-pages", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCampaign)] },
  { matcher: "/admin/campaign-pages/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCampaign)] },
  {
    matcher: "/admin/campaign-pages/:id/report",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminCampaignReportParams, {})],
  },
  { matcher: "/store/campaigns/:slug/touch", method: ["POST"], middlewares: [validateAndTransformBody(StoreCampaignTouch)] },
]
