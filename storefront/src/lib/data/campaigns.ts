import "server-only"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import { reshapeCampaign, type Campaign, type RawCampaign } from "../campaign/campaign"
import type { Region } from "../catalogue/region"
import { isNotFound } from "./cart"
import { authHeaders, getCartId, setCartId } from "./cookies"
import { fetchCart } from "./cart"
import { storeFetch } from "./store-fetch"

/** Live and ended campaigns (never drafts), live first; cached globally (tag "campaigns"). */
export async function listCampaigns(): Promise<Campaign[]> {
  const { campaigns } = await storeFetch<{ campaigns: RawCampaign[] }>("/store/campaigns", {
    cache: "force-cache",
    next: { tags: [cacheTags.campaigns], revalidate: catalogueRevalidateSeconds },
  })
  return campaigns.map(reshapeCampaign)
}

/** One campaign with its copy, or null for an unknown or draft slug. */
export const getCampaign = cache(async (slug: string): Promise<Campaign | null> => {
  try {
    const { campaign } = await storeFetch<{ campaign: RawCampaign }>(`/store/campaigns/${encodeURIComponent(slug)}`, {
      cache: "force-cache",
      next: { tags: [cacheTags.campaigns, cacheTags.campaign(slug)], revalidate: catalogueRevalidateSeconds },
    })
    return reshapeCampaign(campaign)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/**
 * The reader's open cart in this region, for a campaign link: the one in the cookie (moved to
 * the region if needed) or a new one, remembered in the cart cookie. Never cached.
 */
export async function cartForCampaignLink(region: Region, countryCode: string): Promise<string> {
  const headers = await authHeaders()
  const cartId = await getCartId()
  const existing = cartId ? await fetchCart(cartId) : null
  if (existing && !existing.completed_at) {
    if (existing.region_id !== region.id) {
      await storeFetch(`/store/carts/${existing.id}`, {
        method: "POST",
        body: { region_id: region.id, shipping_address: { country_code: countryCode } },
        headers,
      })
    }
    return existing.id
  }
  const { cart } = await storeFetch<{ cart: { id: string } }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, shipping_address: { country_code: countryCode } },
    headers,
  })
  await setCartId(cart.id)
  return cart.id
}

/** Puts one copy of a format in the cart (before the touch, so the campaign discount lands on it). */
export async function addCampaignLine(cartId: string, variantId: string): Promise<void> {
  await storeFetch(`/store/carts/${cartId}/line-items`, {
    method: "POST",
    body: { variant_id: variantId, quantity: 1 },
    headers: await authHeaders(),
  })
}

export type TouchResult = "recorded" | "not-found"

/**
 * Records that the reader followed a campaign link: the click, the cart's first/last touch and,
 * while the campaign is live, its promotion. "not-found" for an unknown campaign or book.
 */
export async function touchCampaign(slug: string, cartId: string, bookHandle?: string): Promise<TouchResult> {
  try {
    await storeFetch(`/store/campaigns/${encodeURIComponent(slug)}/touch`, {
      method: "POST",
      body: { cart_id: cartId, ...(bookHandle ? { book_handle: bookHandle } : {}) },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return "recorded"
  } catch (error) {
    if (isNotFound(error)) return "not-found"
    throw error
  }
}
