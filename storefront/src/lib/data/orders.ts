import "server-only"
import { reshapeOrder, type OrderView, type RawOrder } from "../cart/order-view"
import { termsByVariant } from "../cart/preorder"
import type { Region } from "../catalogue/region"
import { isNotFound } from "./cart"
import { authHeaders } from "./cookies"
import { listBooksById } from "./products"
import { storeFetch } from "./store-fetch"

const orderFields = "id,display_id,email,created_at,currency_code,total,tax_total,shipping_total,shipping_subtotal,discount_total,discount_subtotal,item_subtotal,*items,*shipping_address,*shipping_methods"

/** A placed order by id (never cached), with pre-order dates; null when there is no such order. */
export async function retrieveOrder(orderId: string, region: Region): Promise<OrderView | null> {
  if (!/^order_[A-Za-z0-9]{1,64}$/.test(orderId)) return null
  let order: RawOrder
  try {
    ;({ order } = await storeFetch<{ order: RawOrder }>(`/store/orders/${orderId}`, {
      query: { fields: orderFields },
      headers: await authHeaders(),
      cache: "no-store",
    }))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  const ids = [...new Set((order.items ?? []).flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  const books = ids.length > 0 ? await listBooksById(ids, region, []).catch(() => []) : []
  return reshapeOrder(order, new Map(books.map((b) => [b.id, b.publication])), termsByVariant(books))
}
