import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LINE_STATUSES, type LineStatus } from "../../../modules/preorder/constants"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"
import { variantLabel } from "../../../workflows/stock/lib/sale-state"

const PAGE = 1000

export type PreorderSummary = {
  variant_id: string
  title: string
  product_id: string | null
  release_date: string
  status: "open" | "closed"
  cap: number | null
  claimed_quantity: number
  lines: Record<LineStatus, number>
}

async function countsByStatus(service: PreorderModuleService, variantId: string): Promise<Record<LineStatus, number>> {
  const entries = await Promise.all(
    LINE_STATUSES.map(async (status) => [status, (await service.listAndCountPreorderLines({ variant_id: variantId, status }, { take: 1, select: ["id"] }))[1]] as const)
  )
  return Object.fromEntries(entries) as Record<LineStatus, number>
}

type VariantRow = { id: string; title: string | null; product?: { id: string; title: string | null } | null }

/** Every title with pre-order terms: counts per line status, cap, release date. */
export async function preorderSummaries(container: MedusaContainer, variantIds?: string[]): Promise<PreorderSummary[]> {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const terms = await service.listPreorderTerms(variantIds ? { variant_id: variantIds } : {}, { order: { release_date: "ASC" } })
  if (terms.length === 0) return []
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.id", "product.title"], filters: { id: terms.map((t) => t.variant_id) } })
  const variants = new Map((data as VariantRow[]).map((v) => [v.id, v]))
  return Promise.all(
    terms.map(async (t) => {
      const v = variants.get(t.variant_id)
      return {
        variant_id: t.variant_id,
        title: v ? variantLabel(v) : t.variant_id,
        product_id: v?.product?.id ?? null,
        release_date: new Date(t.release_date).toISOString(),
        status: t.status,
        cap: t.cap ?? null,
        claimed_quantity: t.claimed_quantity,
        lines: await countsByStatus(service, t.variant_id),
      }
    })
  )
}

/** Pre-ordered copies per day (UTC) for one variant: the launch curve. All lines, read in pages. */
export async function preordersPerDay(container: MedusaContainer, variantId: string): Promise<{ day: string; quantity: number }[]> {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const perDay = new Map<string, number>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await service.listPreorderLines({ variant_id: variantId }, { select: ["id", "quantity", "created_at"], skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } })
    for (const line of page) {
      const day = new Date(line.created_at).toISOString().slice(0, 10)
      perDay.set(day, (perDay.get(day) ?? 0) + Number(line.quantity))
    }
    if (page.length < PAGE) break
  }
  return [...perDay.entries()].map(([day, quantity]) => ({ day, quantity }))
}

/** One page of a variant's pre-order lines, oldest first, with their orders. */
export async function preorderLines(container: MedusaContainer, variantId: string, offset: number, limit: number) {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const [lines, count] = await service.listAndCountPreorderLines(
    { variant_id: variantId },
    { skip: offset, take: limit, order: { created_at: "ASC", id: "ASC" } }
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(lines.map((l) => l.order_id))]
  const { data } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: orderIds } })
    : { data: [] }
  const orders = new Map((data as unknown as { id: string; display_id: number; email: string | null }[]).map((o) => [o.id, o]))
  return {
    count,
    lines: lines.map((l) => ({
      id: l.id,
      order_id: l.order_id,
      order_display_id: orders.get(l.order_id)?.display_id ?? null,
      email: orders.get(l.order_id)?.email ?? null,
      quantity: l.quantity,
      status: l.status,
      created_at: l.created_at,
      allocated_at: l.allocated_at,
    })),
  }
}
