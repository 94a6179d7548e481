import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportCsv } from "../../../../../modules/campaign/lib/report"
import { fetchCampaign } from "../../helpers"
import { loadCampaignReport } from "./load-report"

/** GET /admin/campaign-pages/:id/report[?format=csv] — clicks, carts, orders, units, revenue per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const campaign = await fetchCampaign(req.scope, req.params.id as string)
  const report = await loadCampaignReport(req.scope, campaign.id, campaign.slug)
  const format = (req.validatedQuery as { format?: string } | undefined)?.format
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="campaign-${campaign.slug}-report.csv"`)
    res.send(reportCsv(campaign.title, report))
    return
  }
  res.json({ campaign: { id: campaign.id, title: campaign.title, slug: campaign.slug }, report })
}
