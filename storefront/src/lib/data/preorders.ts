import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { reshapeOrderPreorders, type OrderPreorder } from "../account/preorders"
import { authHeaders } from "./cookies"
import { storeFetch } from "./store-fetch"

type RawPreorder = { id: string; line_item_id: string; quantity: number; status: string; release_date: string | null }

/**
 * The pre-order lines of one of the signed-in reader's orders (never cached). None when the
 * order has none, is not theirs, or the read fails (the page then shows the order without parts).
 */
export async function listOrderPreorders(orderId: string): Promise<OrderPreorder[]> {
  try {
    const { preorders } = await storeFetch<{ preorders: RawPreorder[] }>("/store/preorders", {
      query: { order_id: orderId },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return reshapeOrderPreorders(preorders)
  } catch (error) {
    if (error instanceof FetchError) return []
    throw error
  }
}
