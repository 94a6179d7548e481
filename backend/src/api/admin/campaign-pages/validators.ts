import { z } from "@medusajs/framework/zod"
import { CAMPAIGN_STATUSES } from "../../../modules/campaign/constants"
import { DISCOUNT_MAX, DISCOUNT_MIN } from "../../../modules/campaign/lib/promotion"
import { datesProblem, slugProblem } from "../../../modules/campaign/lib/status"

const slug = z.string().superRefine((value, ctx) => {
  const problem = slugProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
})
const date = (field: string) =>
  z.coerce.date({ error: `Field '${field}' must be a date` }).refine((d) => !Number.isNaN(d.getTime()), {
    message: `Field '${field}' must be a date`,
  })
const heroImageUrl = z
  .string()
  .refine((v) => /^https?:\/\//.test(v) || /^\/(?!\/)/.test(v), "Field 'hero_image_url' must be an http(s) URL or a path starting with /")
  .nullish()
const discount = z
  .number({ error: "Field 'discount_percent' must be a number" })
  .int("Field 'discount_percent' must be a whole number")
  .min(DISCOUNT_MIN, `Field 'discount_percent' must be between ${DISCOUNT_MIN} and ${DISCOUNT_MAX}`)
  .max(DISCOUNT_MAX, `Field 'discount_percent' must be between ${DISCOUNT_MIN} and ${DISCOUNT_MAX}`)
  .nullish()
const productIds = z.array(z.string().min(1)).max(50, "At most 50 featured titles")

const fields = {
  title: z.string().trim().min(1, "Field 'title' must not be empty"),
  slug,
  summary: z.string().nullish(),
  body: z.string().max(50_000, "Field 'body' is too long").optional(),
  hero_image_url: heroImageUrl,
  starts_at: date("starts_at"),
  ends_at: date("ends_at"),
  status: z.enum(CAMPAIGN_STATUSES, { error: `Field 'status' must be one of ${CAMPAIGN_STATUSES.join(", ")}` }).optional(),
  discount_percent: discount,
  product_ids: productIds,
}

const endAfterStart = (value: { starts_at?: Date; ends_at?: Date }, ctx: z.RefinementCtx) => {
  if (!value.starts_at || !value.ends_at) return
  const problem = datesProblem(value.starts_at, value.ends_at)
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["ends_at"] })
}

export const AdminCreateCampaign = z
  .object({ ...fields, product_ids: productIds.default([]) })
  .strict()
  .superRefine(endAfterStart)

export const AdminUpdateCampaign = z
  .object({
    title: fields.title.optional(),
    slug: slug.optional(),
    summary: fields.summary,
    body: fields.body,
    hero_image_url: fields.hero_image_url,
    starts_at: fields.starts_at.optional(),
    ends_at: fields.ends_at.optional(),
    status: fields.status,
    discount_percent: fields.discount_percent,
    product_ids: productIds.optional(),
  })
  .strict()
  .superRefine(endAfterStart)

export const AdminCampaignReportParams = z.object({ format: z.enum(["json", "csv"]).default("json") })

export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>
