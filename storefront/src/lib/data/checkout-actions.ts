"use server"

import { redirect } from "next/navigation"
import { checkAddress, type AddressInput, type FieldErrors } from "../cart/address"
import { readerMessage } from "../cart/errors"
import { paymentChoices } from "../cart/payment"
import { authHeaders, getCartId, removeCartId } from "./cookies"
import { fetchCart, listPaymentProviderIds, type StoreCart } from "./cart"
import { getRegionForCountry } from "./regions"
import { storeFetch } from "./store-fetch"

export type CheckoutActionState = {
  status: "idle" | "error"
  message: string | null
  errors?: FieldErrors
  values?: AddressInput
}

const fail = (message: string, extra: Partial<CheckoutActionState> = {}): CheckoutActionState => ({
  status: "error",
  message,
  ...extra,
})

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

const countryOf = (form: FormData) => {
  const code = text(form, "countryCode").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : null
}

const stepUrl = (countryCode: string, step: string) => `/${countryCode}/checkout?step=${step}`

/** Step 1: e-mail and delivery address (used as the billing address too). */
export async function saveAddress(_previous: CheckoutActionState, form: FormData): Promise<CheckoutActionState> {
  const countryCode = countryOf(form)
  const region = countryCode ? await getRegionForCountry(countryCode) : null
  const cartId = await getCartId()
  if (!countryCode || !region || !cartId) return fail("Your cart has expired. Please add your books again.")

  const check = checkAddress(form, region)
  if (!check.ok) {
    return fail("Please correct the highlighted fields.", { errors: check.errors, values: check.value })
  }
  const { email, ...address } = check.value
  try {
    await storeFetch(`/store/carts/${cartId}`, {
      method: "POST",
      body: { email, shipping_address: address, billing_address: address },
      headers: await authHeaders(),
    })
  } catch (error) {
    return fail(readerMessage(error, "Your address could not be saved. Please try again."), { values: check.value })
  }
  redirect(stepUrl(countryCode, "delivery"))
}

/** Step 2: a delivery option for the address. */
export async function chooseDelivery(_previous: CheckoutActionState, form: FormData): Promise<CheckoutActionState> {
  const countryCode = countryOf(form)
  const optionId = text(form, "optionId")
  const cartId = await getCartId()
  if (!countryCode || !cartId) return fail("Your cart has expired. Please add your books again.")
  if (!optionId) return fail("Choose how your books should be delivered.")
  try {
    await storeFetch(`/store/carts/${cartId}/shipping-methods`, {
      method: "POST",
      body: { option_id: optionId },
      headers: await authHeaders(),
    })
  } catch (error) {
    return fail(readerMessage(error, "That delivery option could not be chosen. Please try again."))
  }
  redirect(stepUrl(countryCode, "payment"))
}

/**
 * Step 3: starts a payment session with the chosen provider (the system provider, or
 * Stripe, whose session data then holds the PaymentIntent's client secret for the
 * Payment Element on the review step).
 */
export async function choosePayment(_previous: CheckoutActionState, form: FormData): Promise<CheckoutActionState> {
  const countryCode = countryOf(form)
  const providerId = text(form, "providerId")
  const cartId = await getCartId()
  if (!countryCode || !cartId) return fail("Your cart has expired. Please add your books again.")
  try {
    const cart = await fetchCart(cartId)
    if (!cart?.region_id) return fail("Your cart has expired. Please add your books again.")
    const offered = paymentChoices(await listPaymentProviderIds(cart.region_id), process.env.NEXT_PUBLIC_STRIPE_KEY)
    if (!offered.some((choice) => choice.providerId === providerId)) return fail("Choose a way to pay.")
    await startPaymentSession(cart, providerId)
  } catch (error) {
    return fail(readerMessage(error, "The payment could not be set up. Please try again."))
  }
  redirect(stepUrl(countryCode, "review"))
}

async function startPaymentSession(cart: StoreCart, providerId: string): Promise<void> {
  const headers = await authHeaders()
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { payment_collection } = await storeFetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
      headers,
    })
    collectionId = payment_collection.id
  }
  await storeFetch(`/store/payment-collections/${collectionId}/payment-sessions`, {
    method: "POST",
    body: { provider_id: providerId },
    headers,
  })
}

type CompleteResponse =
  | { type: "order"; order: { id: string } }
  | { type: "cart"; cart: StoreCart; error?: { message?: string; type?: string } }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Places the order. Safe to send twice: Medusa completes a cart under a lock and answers a
 * second completion of the same cart with the order already made, so a double click or a
 * resubmitted form never makes two orders or two charges. While another request still holds
 * the lock (409), this waits and asks again, then shows that order.
 */
export async function placeOrder(_previous: CheckoutActionState, form: FormData): Promise<CheckoutActionState> {
  const countryCode = countryOf(form)
  const cartId = (await getCartId()) ?? (text(form, "cartId") || null)
  if (!countryCode || !cartId) return fail("Your cart has expired. Please add your books again.")

  let orderId: string | null = null
  for (let attempt = 0; attempt < 4 && !orderId; attempt++) {
    try {
      const result = await storeFetch<CompleteResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
        method: "POST",
        headers: await authHeaders(),
      })
      if (result.type === "order") {
        orderId = result.order.id
      } else {
        return fail(readerMessage(result.error?.message ?? "payment failed", "Your order could not be placed. Please check your details and try again."))
      }
    } catch (error) {
      const status = error instanceof Error && "status" in error ? error.status : null
      if (status === 409 && attempt < 3) {
        await pause(1000 * (attempt + 1))
        continue
      }
      return fail(readerMessage(error, "Your order could not be placed. Your cart is unchanged; please try again."))
    }
  }
  if (!orderId) return fail("Your order is still being placed. Please wait a moment and reload the page.")
  await removeCartId()
  redirect(`/${countryCode}/order/${orderId}/confirmed`)
}
