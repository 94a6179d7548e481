"use server"

import { refresh } from "next/cache"
import { readerMessage } from "../cart/errors"
import { checkQuantity } from "../cart/quantity"
import { authHeaders, getCartId, setCartId } from "./cookies"
import { fetchCart, type StoreCart } from "./cart"
import { getRegionForCountry } from "./regions"
import { storeFetch } from "./store-fetch"
import { followedCampaignLink } from "../campaign/campaign"

/** What a cart form shows after it was sent: nothing yet, a confirmation or an error. */
export type CartActionState = { status: "idle" | "ok" | "error"; message: string | null }

const ok = (message: string | null = null): CartActionState => ({ status: "ok", message })
const fail = (message: string): CartActionState => ({ status: "error", message })

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/**
 * The reader's open cart in the country's region: the one in the cookie (moved to this
 * region if the reader changed country), or a new one. A new cart starts with the country
 * as its delivery country, so tax and a shipping estimate are known before checkout.
 */
async function cartForCountry(countryCode: string): Promise<StoreCart> {
  const region = await getRegionForCountry(countryCode)
  if (!region) throw new Error(`The shop does not sell to "${countryCode}".`)
  const headers = await authHeaders()
  const cartId = await getCartId()
  const existing = cartId ? await fetchCart(cartId) : null
  if (existing && !existing.completed_at) {
    if (existing.region_id === region.id) return existing
    const { cart } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${existing.id}`, {
      method: "POST",
      body: { region_id: region.id, shipping_address: { country_code: countryCode } },
      headers,
    })
    return cart
  }
  const { cart } = await storeFetch<{ cart: StoreCart }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, shipping_address: { country_code: countryCode } },
    headers,
  })
  await setCartId(cart.id)
  return cart
}

/** Puts copies of one format (a variant) in the cart. Form fields: countryCode, variantId, quantity. */
export async function addToCart(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const variantId = text(form, "variantId")
  const countryCode = text(form, "countryCode").toLowerCase()
  const quantity = checkQuantity(text(form, "quantity") || "1")
  if (!variantId || !/^[a-z]{2}$/.test(countryCode)) return fail("Choose a format to add.")
  if (!quantity.ok) return fail(quantity.message)
  let updated: StoreCart
  try {
    const cart = await cartForCountry(countryCode)
    ;({ cart: updated } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity: quantity.quantity },
      headers: await authHeaders(),
    }))
  } catch (error) {
    return fail(readerMessage(error, "The book could not be added to your cart. Please try again."))
  }
  if (followedCampaignLink(updated.metadata)) await applyCampaignDiscount(updated.id)
  refresh()
  return ok("Added to your cart.")
}

/**
 * A reader who came through a campaign link and adds one of its titles later gets the
 * campaign's discount (Medusa drops a code from a cart with nothing it applies to). The book is
 * in the cart either way, so a failure here is logged, not shown.
 */
async function applyCampaignDiscount(cartId: string): Promise<void> {
  try {
    await storeFetch(`/store/carts/${cartId}/campaign-discount`, { method: "POST", body: {}, headers: await authHeaders() })
  } catch (error) {
    console.warn("[cart] could not apply the campaign discount", error)
  }
}

/** Changes a line's quantity. A refused change (bad number, not enough stock) leaves the line as it was. */
export async function updateLineQuantity(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const lineId = text(form, "lineId")
  const quantity = checkQuantity(text(form, "quantity"))
  if (!quantity.ok) return fail(quantity.message)
  const cartId = await getCartId()
  if (!cartId || !lineId) return fail("Your cart has expired. Please add the book again.")
  try {
    await storeFetch(`/store/carts/${cartId}/line-items/${encodeURIComponent(lineId)}`, {
      method: "POST",
      body: { quantity: quantity.quantity },
      headers: await authHeaders(),
    })
  } catch (error) {
    return fail(readerMessage(error, "The quantity could not be changed. Please try again."))
  }
  refresh()
  return ok("Quantity updated.")
}

export async function removeLine(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const lineId = text(form, "lineId")
  const cartId = await getCartId()
  if (!cartId || !lineId) return fail("Your cart has expired.")
  try {
    await storeFetch(`/store/carts/${cartId}/line-items/${encodeURIComponent(lineId)}`, {
      method: "DELETE",
      headers: await authHeaders(),
    })
  } catch (error) {
    return fail(readerMessage(error, "The book could not be removed. Please try again."))
  }
  refresh()
  return ok("Removed from your cart.")
}

type PromotionsResponse = { cart: StoreCart & { promotions?: { code?: string | null }[] } }

async function addPromotion(cartId: string, code: string): Promise<PromotionsResponse> {
  return storeFetch<PromotionsResponse>(`/store/carts/${cartId}/promotions`, {
    method: "POST",
    body: { promo_codes: [code] },
    headers: await authHeaders(),
  })
}

/**
 * Applies a promo code; an unknown code is refused by Medusa and named back to the reader.
 * Medusa matches codes exactly, and codes are printed in capitals, so "read10" is tried as
 * "READ10" when the code as typed is unknown.
 */
export async function applyPromoCode(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const typed = text(form, "code").slice(0, 64)
  if (!typed) return fail("Enter a promo code.")
  const cartId = await getCartId()
  if (!cartId) return fail("Your cart is empty.")
  let code = typed
  try {
    let response: PromotionsResponse
    try {
      response = await addPromotion(cartId, typed)
    } catch (error) {
      if (typed === typed.toUpperCase() || !/is invalid/i.test(error instanceof Error ? error.message : "")) throw error
      code = typed.toUpperCase()
      response = await addPromotion(cartId, code).catch(() => {
        throw error
      })
    }
    const applied = (response.cart.promotions ?? []).some((p) => p.code === code)
    if (!applied) return fail(`“${typed}” does not apply to the books in your cart.`)
  } catch (error) {
    return fail(readerMessage(error, "The code could not be applied. Please try again."))
  }
  refresh()
  return ok(`Promo code ${code} applied.`)
}

export async function removePromoCode(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const code = text(form, "code")
  const cartId = await getCartId()
  if (!cartId || !code) return fail("There is no code to remove.")
  try {
    await storeFetch(`/store/carts/${cartId}/promotions`, {
      method: "DELETE",
      body: { promo_codes: [code] },
      headers: await authHeaders(),
    })
  } catch (error) {
    return fail(readerMessage(error, "The code could not be removed. Please try again."))
  }
  refresh()
  return ok(`Promo code ${code} removed.`)
}
