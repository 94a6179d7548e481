/**
 * Reads, fresh from the database, what the sale rules need for a set of variants: whether they
 * track stock, copies free at the sales channel's locations, and their open pre-order terms.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { availableQuantity, type StockLevel } from "../../../lib/inventory/sale-rules"
import { PREORDER_MODULE } from "../../../modules/preorder"
import type PreorderModuleService from "../../../modules/preorder/service"

type VariantRow = {
  id: string
  title: string | null
  manage_inventory: boolean
  product?: { title?: string | null } | null
  inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
}

export type VariantSaleState = {
  variantId: string
  title: string
  managesInventory: boolean
  inventoryItemIds: string[]
  /** Copies free at the locations considered (per required quantity of each item). */
  available: number
  /** Totals over those locations, for reconciliation and pre-order allocation. */
  stocked: number
  reserved: number
  terms: { id: string; cap: number | null; claimed: number; status: "open" | "closed"; release_date: Date } | null
}

export const variantLabel = (v: Pick<VariantRow, "title" | "product">) =>
  v.product?.title ? `${v.product.title}${v.title ? ` (${v.title})` : ""}` : v.title ?? "this item"

/** Stock locations serving a sales channel; all locations when no channel is given. */
async function locationIds(container: MedusaContainer, salesChannelId: string | null | undefined): Promise<string[] | null> {
  if (!salesChannelId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const channel = data[0] as { stock_locations?: ({ id: string } | null)[] | null } | undefined
  return (channel?.stock_locations ?? []).flatMap((l) => (l ? [l.id] : []))
}

export async function loadSaleState(
  container: MedusaContainer,
  variantIds: readonly string[],
  salesChannelId?: string | null
): Promise<Map<string, VariantSaleState>> {
  const result = new Map<string, VariantSaleState>()
  if (variantIds.length === 0) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const preorders = container.resolve<PreorderModuleService>(PREORDER_MODULE)

  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "manage_inventory", "product.title", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: [...variantIds] },
  })
  const variants = data as VariantRow[]
  const itemIds = [...new Set(variants.flatMap((v) => (v.inventory_items ?? []).flatMap((i) => (i ? [i.inventory_item_id] : []))))]
  const locations = await locationIds(container, salesChannelId)
  const levels =
    itemIds.length === 0
      ? []
      : await inventory.listInventoryLevels(
          locations ? { inventory_item_id: itemIds, location_id: locations } : { inventory_item_id: itemIds },
          { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
        )
  const levelsByItem = new Map<string, StockLevel[]>()
  for (const level of levels) {
    const list = levelsByItem.get(level.inventory_item_id) ?? []
    list.push({ stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) })
    levelsByItem.set(level.inventory_item_id, list)
  }
  const terms = await preorders.listPreorderTerms({ variant_id: [...variantIds] })
  const termsByVariant = new Map(terms.map((t) => [t.variant_id, t]))

  for (const variant of variants) {
    const items = (variant.inventory_items ?? []).flatMap((i) => (i ? [i] : []))
    const perItem = items.map((i) => {
      const itemLevels = levelsByItem.get(i.inventory_item_id) ?? []
      return Math.floor(availableQuantity(itemLevels) / Math.max(1, Number(i.required_quantity) || 1))
    })
    const first = items[0] ? levelsByItem.get(items[0].inventory_item_id) ?? [] : []
    const t = termsByVariant.get(variant.id)
    result.set(variant.id, {
      variantId: variant.id,
      title: variantLabel(variant),
      managesInventory: variant.manage_inventory,
      inventoryItemIds: items.map((i) => i.inventory_item_id),
      available: perItem.length > 0 ? Math.min(...perItem) : 0,
      stocked: first.reduce((s, l) => s + l.stocked, 0),
      reserved: first.reduce((s, l) => s + l.reserved, 0),
      terms: t
        ? { id: t.id, cap: t.cap ?? null, claimed: t.claimed_quantity, status: t.status, release_date: new Date(t.release_date) }
        : null,
    })
  }
  return result
}
