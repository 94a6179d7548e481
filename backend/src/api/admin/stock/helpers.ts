import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_LOW_STOCK_THRESHOLD, isLowStock } from "../../../lib/inventory/sale-rules"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { variantLabel } from "../../../workflows/stock/lib/sale-state"

const PAGE = 200

type Level = { stocked_quantity: number; reserved_quantity: number; location_id: string }
type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  product?: { id: string; title: string | null } | null
  inventory_items?: ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
}

/** A variant with its stock levels at every location. */
const VARIANT_STOCK_FIELDS = [
  "id", "title", "sku", "product.id", "product.title",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.location_id",
]

const levelsOf = (v: VariantRow): Level[] => (v.inventory_items?.[0]?.inventory?.location_levels ?? []).flatMap((l) => (l ? [l] : []))

export type StockRow = { variant_id: string; product_id: string | null; title: string; sku: string | null; stocked: number; reserved: number; available: number; threshold: number }

/** Every stock-tracked variant at or below its threshold (default 5), fewest available first. Reads the catalogue in pages. */
export async function lowStock(container: MedusaContainer): Promise<StockRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const thresholds = new Map(
    (await container.resolve<StockModuleService>(STOCK_MODULE).listStockThresholds({}, { take: null as unknown as number })).map((t) => [t.variant_id, t.threshold])
  )
  const rows: StockRow[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: VARIANT_STOCK_FIELDS,
      filters: { manage_inventory: true },
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    for (const v of data as VariantRow[]) {
      const levels = levelsOf(v)
      const stocked = levels.reduce((s, l) => s + Number(l.stocked_quantity), 0)
      const reserved = levels.reduce((s, l) => s + Number(l.reserved_quantity), 0)
      const available = Math.max(0, stocked - reserved)
      const threshold = thresholds.get(v.id) ?? DEFAULT_LOW_STOCK_THRESHOLD
      if (isLowStock(available, threshold)) {
        rows.push({ variant_id: v.id, product_id: v.product?.id ?? null, title: variantLabel(v), sku: v.sku, stocked, reserved, available, threshold })
      }
    }
    if (data.length < PAGE) break
  }
  return rows.sort((a, b) => a.available - b.available || a.title.localeCompare(b.title))
}

/** A variant's stock movements, newest first (the audit trail listed on the variant). */
export async function movementsOf(container: MedusaContainer, variantId: string, offset = 0, limit = 50) {
  const [movements, count] = await container
    .resolve<StockModuleService>(STOCK_MODULE)
    .listAndCountStockMovements({ variant_id: variantId }, { skip: offset, take: limit, order: { created_at: "DESC" } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const actorIds = [...new Set(movements.flatMap((m) => (m.actor_id ? [m.actor_id] : [])))]
  const { data: users } = actorIds.length ? await query.graph({ entity: "user", fields: ["id", "email"], filters: { id: actorIds } }) : { data: [] }
  const emails = new Map((users as { id: string; email: string }[]).map((u) => [u.id, u.email]))
  return { count, movements: movements.map((m) => ({ ...m, actor_email: m.actor_id ? emails.get(m.actor_id) ?? null : null })) }
}

export type LocationStock = { location_id: string; location_name: string; stocked: number; reserved: number; available: number }
export type VariantStock = { variant_id: string; product_id: string | null; title: string; sku: string | null; threshold: number; levels: LocationStock[] }

/** One variant's stock now: per location stocked / reserved / available, and its low-stock threshold. 404 when unknown. */
export async function variantStock(container: MedusaContainer, variantId: string): Promise<VariantStock | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_STOCK_FIELDS,
    filters: { id: variantId },
  })
  const v = data[0] as VariantRow | undefined
  if (!v) return null
  const levels = levelsOf(v)
  const { data: locations } = levels.length
    ? await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: levels.map((l) => l.location_id) } })
    : { data: [] }
  const names = new Map((locations as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  const [threshold] = await container.resolve<StockModuleService>(STOCK_MODULE).listStockThresholds({ variant_id: variantId }, { take: 1 })
  return {
    variant_id: v.id,
    product_id: v.product?.id ?? null,
    title: variantLabel(v),
    sku: v.sku,
    threshold: threshold?.threshold ?? DEFAULT_LOW_STOCK_THRESHOLD,
    levels: levels
      .map((l) => {
        const stocked = Number(l.stocked_quantity)
        const reserved = Number(l.reserved_quantity)
        return { location_id: l.location_id, location_name: names.get(l.location_id) ?? l.location_id, stocked, reserved, available: Math.max(0, stocked - reserved) }
      })
      .sort((a, b) => a.location_name.localeCompare(b.location_name)),
  }
}
