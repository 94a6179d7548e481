/**
 * Plan + resolved ids → the inputs of the core workflows and steps the import runs. Pure, so
 * the workflow's transforms stay one line each.
 */
import type { CreateProductWorkflowInputDTO, ProductTypes } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import type { UpsertBookDetailsInput } from "../book/types"
import { FORMAT_OPTION_TITLE } from "./refs"
import type { OnixPriceChange } from "./steps/update-onix-prices"
import type { OnixProductUpdate } from "./steps/update-onix-product"
import type { ContributorRef, ImportOnixWorkInput, ImportOnixWorkResult, NewVariant, SeriesRef, SubjectRef, WorkPlan } from "./types"

type Ids = Record<string, string>
type VariantRow = { id: string; ean?: string | null }

const variantInput = (v: NewVariant) => ({
  title: v.format,
  sku: v.isbn,
  ean: v.isbn,
  manage_inventory: v.manage_inventory,
  allow_backorder: false,
  options: { [FORMAT_OPTION_TITLE]: v.format },
  prices: v.prices,
})

const idsOf = (refs: readonly SubjectRef[], ids: Ids): string[] =>
  refs.map((s) => ids[s.handle]).filter((id): id is string => id !== undefined)

export const contributorsToResolve = (plan: WorkPlan): ContributorRef[] =>
  plan.action === "create" || plan.action === "update" ? plan.contributors : []

export function seriesToResolve(plan: WorkPlan): SeriesRef[] {
  return (plan.action === "create" || plan.action === "update") && plan.series ? [plan.series] : []
}

export function subjectsToResolve(plan: WorkPlan): SubjectRef[] {
  if (plan.action === "create") return plan.subjects
  if (plan.action === "update") return plan.subjects?.wanted ?? []
  return []
}

/** A new product: published, in the storefront's channel, one Format option, a variant per format. */
type Channel = Pick<ImportOnixWorkInput, "sales_channel_id" | "shipping_profile_id">

/** The products of create plans (other plans give none). */
export function createProductInput(
  plans: readonly WorkPlan[],
  input: Channel,
  seriesIds: Ids,
  subjectIds: Ids
): { products: CreateProductWorkflowInputDTO[] } {
  return {
    products: plans.flatMap((plan) => {
      if (plan.action !== "create") return []
      const seriesId = plan.series ? seriesIds[plan.series.handle] : undefined
      return [
        {
          ...plan.product,
          status: ProductStatus.PUBLISHED,
          ...(seriesId ? { collection_id: seriesId } : {}),
          category_ids: idsOf(plan.subjects, subjectIds),
          options: [{ title: FORMAT_OPTION_TITLE, values: plan.variants.map((v) => v.format) }],
          variants: plan.variants.map(variantInput),
          sales_channels: [{ id: input.sales_channel_id }],
          shipping_profile_id: input.shipping_profile_id,
          metadata: { source: "onix" },
        },
      ]
    }),
  }
}

export function optionValuesInput(plan: WorkPlan): ProductTypes.ProductOptionProductValueUpdate[] {
  if (plan.action !== "update" || plan.option_values === null) return []
  const { option_id, values } = plan.option_values
  return [{ product_id: plan.product_id, product_option_id: option_id, add: values.map((value) => ({ value })) }]
}

export function newVariantsInput(plan: WorkPlan) {
  if (plan.action !== "update") return { product_variants: [] }
  return { product_variants: plan.new_variants.map((v) => ({ ...variantInput(v), product_id: plan.product_id })) }
}

export function productUpdateInput(plan: WorkPlan, seriesIds: Ids, subjectIds: Ids): OnixProductUpdate {
  if (plan.action !== "update") return { product_id: "", update: {} }
  const update: OnixProductUpdate["update"] = { ...(plan.product ?? {}) }
  const seriesId = plan.series ? seriesIds[plan.series.handle] : undefined
  if (seriesId) update.collection_id = seriesId
  if (plan.subjects) update.category_ids = [...plan.subjects.keep_category_ids, ...idsOf(plan.subjects.wanted, subjectIds)]
  return { product_id: plan.product_id, update }
}

export const priceChangesInput = (plan: WorkPlan): OnixPriceChange[] =>
  plan.action === "update" ? plan.price_changes.map(({ variant_id, prices }) => ({ variant_id, prices })) : []

/**
 * Book details, credits (contributor ids in order) and formats (variant ids by ISBN, from the
 * product just created, the variants just added or the ones matched), or null when unchanged.
 */
export function bookInput(
  plan: WorkPlan,
  contributorIds: Ids,
  created: { id: string; variants?: VariantRow[] | null }[] | undefined,
  newVariants: VariantRow[] | undefined
): UpsertBookDetailsInput | null {
  if (plan.action !== "create" && plan.action !== "update") return null
  if (plan.book === null) return null
  const productId = plan.action === "create" ? created?.[0]?.id : plan.product_id
  if (!productId) return null
  const variantIds: Ids = plan.action === "update" ? { ...plan.variant_ids } : {}
  for (const v of [...(created?.[0]?.variants ?? []), ...(newVariants ?? [])]) if (v.ean) variantIds[v.ean] = v.id
  const { publication_date, ...details } = plan.book.details
  return {
    product_id: productId,
    details: { ...details, publication_date: publication_date === null ? null : new Date(`${publication_date}T00:00:00.000Z`) },
    contributors: plan.book.credits.map((c) => ({ contributor_id: contributorIds[c.handle] ?? c.handle, role: c.role })),
    formats: plan.book.formats.flatMap((f) => {
      const variantId = variantIds[f.isbn]
      return variantId ? [{ variant_id: variantId, format: f.format, pages: f.pages }] : []
    }),
  }
}

export function workResult(plan: WorkPlan, created: { id: string }[] | undefined): ImportOnixWorkResult {
  const action = plan.action === "create" ? "created" : plan.action === "update" ? "updated" : "unchanged"
  const productId = plan.action === "create" ? (created?.[0]?.id ?? "") : plan.action === "conflict" ? "" : plan.product_id
  return { action, product_id: productId, handle: plan.handle, changes: plan.changes, warnings: plan.warnings }
}
