/**
 * What the pre-order e-mails need of the orders behind pre-order lines: read once per page of
 * lines (the release-date, publishing-status and shipped workflows), shaped per line.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type LineOrderItem = { id: string; title?: string | null; product_title?: string | null; variant_title?: string | null; detail?: { shipped_quantity?: unknown } | null }
export type LineOrder = {
  id: string
  display_id: number | null
  email: string | null
  shipping_address?: { first_name?: string | null } | null
  items?: LineOrderItem[] | null
}

const ORDER_FIELDS = ["id", "display_id", "email", "shipping_address.first_name", "items.id", "items.title", "items.product_title", "items.variant_title"]

/** The orders of these pre-order lines by id (`extraFields`, e.g. "items.detail.shipped_quantity", on top). */
export async function readLineOrders(
  container: MedusaContainer,
  lines: readonly { order_id: string }[],
  extraFields: readonly string[] = []
): Promise<Map<string, LineOrder>> {
  if (lines.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [...ORDER_FIELDS, ...extraFields],
    filters: { id: [...new Set(lines.map((l) => l.order_id))] },
  })
  return new Map((data as unknown as LineOrder[]).map((o) => [o.id, o]))
}

export type LineMail = { to: string; order_number: number | string; customer_name: string | null; title: string; format: string | null }

/** Who to write to about one line, and what to call the book; null when the order has no e-mail. */
export function lineMail(order: LineOrder | undefined, lineItemId: string, fallbackTitle = "your book"): LineMail | null {
  if (!order?.email) return null
  const item = order.items?.find((i) => i.id === lineItemId)
  return {
    to: order.email,
    order_number: order.display_id ?? order.id,
    customer_name: order.shipping_address?.first_name ?? null,
    title: item?.product_title ?? item?.title ?? fallbackTitle,
    format: item?.variant_title ?? null,
  }
}
