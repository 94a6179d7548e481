import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fulfilmentRefusal } from "../../lib/inventory/preorder-fulfilment"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"

type ItemRow = { id: string; title?: string | null; product_title?: string | null; variant_title?: string | null }

const itemTitle = (i: ItemRow | undefined) =>
  i?.product_title ? `${i.product_title}${i.variant_title ? ` (${i.variant_title})` : ""}` : i?.title ?? "this item"

/**
 * Why fulfilling these order lines must be refused (some are pre-orders still waiting for stock),
 * or null. Read only; used by the admin route's middleware before anything is written
 * (src/api/preorder-routes.ts) and by the fulfilment hook (workflows/hooks/preorder-fulfilment-guard.ts).
 * Kept out of the hook's file: importing that file from elsewhere would register the hook twice.
 */
export async function pendingPreorderRefusal(container: MedusaContainer, lineItemIds: readonly string[]): Promise<string | null> {
  const itemIds = [...new Set(lineItemIds)]
  if (itemIds.length === 0) return null
  const lines = await container
    .resolve<PreorderModuleService>(PREORDER_MODULE)
    .listPreorderLines({ line_item_id: itemIds, status: "pending" }, { select: ["id", "line_item_id", "status"] })
  if (lines.length === 0) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_line_item",
    fields: ["id", "title", "product_title", "variant_title"],
    filters: { id: lines.map((l) => l.line_item_id) },
  })
  const items = new Map((data as ItemRow[]).map((i) => [i.id, i]))
  return fulfilmentRefusal(lines.map((l) => ({ line_item_id: l.line_item_id, status: l.status, title: itemTitle(items.get(l.line_item_id)) })))
}

