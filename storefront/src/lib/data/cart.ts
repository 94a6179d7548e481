import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cheapestShipping, productIds, reshapeCart, type CartView, type RawCart } from "../cart/cart-view"
import { paymentChoices, stripeClientSecret, type PaymentChoice } from "../cart/payment"
import { termsByVariant, type PreorderTerms } from "../cart/preorder"
import type { Publication } from "../catalogue/publication"
import type { Region } from "../catalogue/region"
import { authHeaders, getCartId } from "./cookies"
import { listBooksById } from "./products"
import { storeFetch } from "./store-fetch"

/**
 * The reader's cart. Never cached (cache: "no-store"); requests carry the signed-in
 * reader's token so a customer's cart stays theirs.
 */
export const cartFields =
  "+completed_at,*shipping_address,+shipping_methods.shipping_option_id,*payment_collection,*payment_collection.payment_sessions"

export type StoreCart = RawCart & {
  payment_collection?: (RawCart["payment_collection"] & { id: string; payment_sessions?: HttpTypes.StorePaymentSession[] | null }) | null
}

export async function fetchCart(cartId: string): Promise<StoreCart | null> {
  try {
    const { cart } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields: cartFields },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The cart in the cookie as Medusa returns it; null when there is none (or it is gone). */
export async function retrieveRawCart(): Promise<StoreCart | null> {
  const cartId = await getCartId()
  return cartId ? fetchCart(cartId) : null
}

/**
 * The cart as the pages show it, with pre-order dates for forthcoming titles. A completed
 * cart counts as no cart (the order has been placed).
 */
export async function retrieveCart(region?: Region): Promise<CartView | null> {
  const cart = await retrieveRawCart()
  if (!cart || cart.completed_at) return null
  if (!region) return reshapeCart(cart)
  const { publications, terms } = await publicationsFor(cart, region)
  return reshapeCart(cart, publications, terms)
}

/**
 * The cart for a page of the country's shop. If the reader has changed country since the
 * cart was made, the cart is moved to this country's region first (Medusa re-prices its lines
 * in the region's currency), so prices are never shown in another region's currency.
 */
export async function retrieveCartInRegion(region: Region, countryCode: string): Promise<CartView | null> {
  return (await retrieveCartAndRawInRegion(region, countryCode))?.cart ?? null
}

async function retrieveCartAndRawInRegion(region: Region, countryCode: string): Promise<{ cart: CartView; raw: StoreCart } | null> {
  let cart = await retrieveRawCart()
  if (!cart || cart.completed_at) return null
  if (cart.region_id !== region.id) {
    // The answer to the update is the moved cart (a second GET of the same URL in this render
    // would be answered from React's request memo with the cart as it was).
    ;({ cart } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${cart.id}`, {
      method: "POST",
      query: { fields: cartFields },
      body: { region_id: region.id, shipping_address: { country_code: countryCode } },
      headers: await authHeaders(),
    }))
  }
  const { publications, terms } = await publicationsFor(cart, region)
  return { cart: reshapeCart(cart, publications, terms), raw: cart }
}

export type ShippingChoice = { id: string; name: string; description: string | null; amount: number | null }

export type CheckoutData = {
  cart: CartView
  shippingOptions: ShippingChoice[]
  paymentChoices: PaymentChoice[]
  /** The Stripe PaymentIntent's client secret, once a Stripe session has been started. */
  stripeClientSecret: string | null
}

/** Everything the checkout page shows: the cart, its delivery options and the ways to pay. */
export async function retrieveCheckout(region: Region, countryCode: string): Promise<CheckoutData | null> {
  const found = await retrieveCartAndRawInRegion(region, countryCode)
  if (!found || found.cart.lines.length === 0) return null
  const { cart, raw } = found
  const hasAddress = !!cart.email && !!cart.shippingAddress?.address_1
  const [shippingOptions, providerIds] = await Promise.all([
    hasAddress ? listShippingOptions(cart.id) : Promise.resolve([]),
    listPaymentProviderIds(region.id),
  ])
  return {
    cart,
    shippingOptions,
    paymentChoices: paymentChoices(providerIds, process.env.NEXT_PUBLIC_STRIPE_KEY),
    stripeClientSecret: stripeClientSecret(raw.payment_collection?.payment_sessions),
  }
}

/** Copies in the reader's cart, for the header (0 when there is no cart or it cannot be read). */
export async function cartItemCount(): Promise<number> {
  try {
    return (await retrieveCart())?.itemCount ?? 0
  } catch {
    return 0
  }
}

/**
 * Publication status and date of each book in the cart, and each format's pre-order terms
 * (a cached catalogue read).
 */
async function publicationsFor(
  cart: RawCart,
  region: Region
): Promise<{ publications: Map<string, Publication>; terms: Map<string, PreorderTerms> }> {
  const ids = productIds(cart)
  if (ids.length === 0) return { publications: new Map(), terms: new Map() }
  try {
    const books = await listBooksById(ids, region, [])
    return { publications: new Map(books.map((book) => [book.id, book.publication])), terms: termsByVariant(books) }
  } catch {
    return { publications: new Map(), terms: new Map() }
  }
}

type ShippingOption = HttpTypes.StoreCartShippingOption & { amount?: number | null; calculated_price?: { calculated_amount?: number | null } | null }

/** The delivery options for the cart's address, with their prices. */
export async function listShippingOptions(cartId: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await storeFetch<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return shipping_options
    .filter((option) => !(option as { insufficient_inventory?: boolean }).insufficient_inventory)
    .map((option) => ({
      id: option.id,
      name: option.name,
      description: (option.type as { description?: string } | undefined)?.description ?? null,
      amount: option.amount ?? option.calculated_price?.calculated_amount ?? null,
    }))
    .sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity))
}

/** The cheapest delivery for the cart: the cart page's shipping estimate (null if none is known). */
export async function shippingEstimate(cart: CartView) {
  try {
    return cheapestShipping(await listShippingOptions(cart.id), cart.currencyCode)
  } catch {
    return null
  }
}

/** The payment providers enabled in a region ("pp_system_default", "pp_stripe_stripe"). */
export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await storeFetch<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: regionId },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return payment_providers.map((p) => p.id)
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && "status" in error && error.status === 404
}
