import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGN_MODULE } from "../../../modules/campaign"
import { datesProblem, slugProblem } from "../../../modules/campaign/lib/status"
import type CampaignModuleService from "../../../modules/campaign/service"
import type { CampaignFields } from "../types"

export type ValidateCampaignInput = {
  /** Absent when creating. */
  id?: string
  changes: Partial<CampaignFields>
  product_ids?: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a create or an update against what is stored before anything is written: the campaign
 * exists (404), the slug is well-formed and free, the end is after the start (with the
 * stored dates filling in what the update leaves out), every featured product exists, and a
 * discount has titles to apply to. Reads only, so there is nothing to compensate.
 */
export const validateCampaignStep = createStep(
  "validate-campaign-step",
  async ({ id, changes, product_ids }: ValidateCampaignInput, { container }) => {
    const service = container.resolve<CampaignModuleService>(CAMPAIGN_MODULE)
    const existing = id
      ? (await service.listCampaignPages({ id }, { relations: ["titles"] }))[0]
      : undefined
    if (id && !existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign with id "${id}"`)

    if (changes.slug !== undefined) {
      const problem = slugProblem(changes.slug)
      if (problem) throw invalid(problem)
      const [taken] = await service.listCampaignPages({ slug: changes.slug }, { select: ["id"] })
      if (taken && taken.id !== id) {
        throw invalid(`A campaign with the slug "${changes.slug}" already exists`)
      }
    }
    const startsAt = changes.starts_at ?? existing?.starts_at
    const endsAt = changes.ends_at ?? existing?.ends_at
    if (!startsAt || !endsAt) throw invalid("Fields 'starts_at' and 'ends_at' are required")
    const dates = datesProblem(startsAt, endsAt)
    if (dates) throw invalid(dates)

    if (product_ids?.length) {
      if (new Set(product_ids).size !== product_ids.length) throw invalid("A title is featured twice in 'product_ids'")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: product_ids } })
      const found = new Set(data.map((p: { id: string }) => p.id))
      const unknown = product_ids.filter((p) => !found.has(p))
      if (unknown.length) throw invalid(`Unknown product(s) in 'product_ids': ${unknown.join(", ")}`)
    }
    const discount = changes.discount_percent !== undefined ? changes.discount_percent : existing?.discount_percent
    const titleCount = product_ids?.length ?? existing?.titles?.length ?? 0
    if (discount != null && titleCount === 0) throw invalid("A discount needs at least one featured title")
    return new StepResponse(true)
  }
)
