"use server"

import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { authHeaders } from "./cookies"
import { storeFetch } from "./store-fetch"

export type CancelPreorderState = { status: "idle" | "done" | "error"; message: string | null }

const TRY_AGAIN = "The shop could not cancel this pre-order just now. Please try again in a moment."

/**
 * The reader cancels one of their pending pre-orders; the shop refunds the line and e-mails
 * them. Refusals (not pending any more, not theirs) come back as the shop's own message.
 */
export async function cancelPreorder(_previous: CancelPreorderState, form: FormData): Promise<CancelPreorderState> {
  const lineId = String(form.get("line_id") ?? "")
  const orderPath = String(form.get("order_path") ?? "")
  if (!lineId) return { status: "error", message: TRY_AGAIN }
  try {
    await storeFetch(`/store/preorders/${encodeURIComponent(lineId)}/cancel`, { method: "POST", body: {}, headers: await authHeaders() })
  } catch (error) {
    if (error instanceof FetchError && (error.status === 400 || error.status === 404)) {
      return { status: "error", message: error.status === 404 ? "This pre-order was not found in your orders." : error.message || TRY_AGAIN }
    }
    return { status: "error", message: TRY_AGAIN }
  }
  if (orderPath.startsWith("/") && !orderPath.startsWith("//")) revalidatePath(orderPath)
  return { status: "done", message: "Pre-order cancelled. The refund is on its way and we have e-mailed you." }
}
