"use server"

import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { countryCodeFrom, type FormState } from "../account/form-state"
import { accountPath, safeReturnPath } from "../account/return-path"
import {
  checkAddress,
  checkRegistration,
  checkSignIn,
  type AddressField,
  type AddressValues,
  type RegistrationField,
  type SignInField,
} from "../account/validation"
import { indexRegionsByCountry } from "../catalogue/region"
import { getSdk } from "../sdk"
import { authHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import { listRegions } from "./regions"

/*
 * The reader's account mutations. Each checks its form on the server, talks to Medusa with the
 * reader's own token from the httpOnly cookie, and answers a refused form with a message per
 * field. The SDK keeps no token of its own on the server ("nostore": there is no localStorage),
 * so one reader's token never rides along on another reader's request.
 */

const WRONG_CREDENTIALS = "E-mail or password is incorrect"
const ALREADY_REGISTERED = "An account with this e-mail address already exists. Sign in instead."
const TRY_AGAIN = "The shop could not do that just now. Please try again in a moment."

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

/** Signs in with Medusa's emailpass provider; the token, or a reader-facing reason. */
async function logIn(email: string, password: string): Promise<{ token: string } | { error: string }> {
  const sdk = await getSdk()
  try {
    const result = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof result === "string") return { token: result }
    return { error: "This account needs an extra step the shop does not support yet. Please contact us." }
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return { error: WRONG_CREDENTIALS }
    console.error("[account] sign-in failed", error)
    return { error: TRY_AGAIN }
  }
}

/**
 * The cart follows the reader into their account: a guest cart in the cookie becomes the
 * customer's. A cart that is gone, completed or someone else's is left alone (the reader then
 * simply starts a new one).
 */
async function bringCartAlong(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    const sdk = await getSdk()
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, bearer(token))
  } catch (error) {
    const status = error instanceof FetchError ? error.status : undefined
    if (status !== 400 && status !== 404) console.warn("[account] could not move the cart to the account", error)
  }
}

/** Whether the token belongs to an identity with a customer behind it (null: could not tell). */
async function hasCustomer(token: string): Promise<boolean | null> {
  try {
    const sdk = await getSdk()
    await sdk.store.customer.retrieve({ fields: "id" }, bearer(token))
    return true
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return false
    console.error("[account] could not look up the signed-in customer", error)
    return null
  }
}

export async function signIn(_previous: FormState<SignInField>, form: FormData): Promise<FormState<SignInField>> {
  const countryCode = countryCodeFrom(form)
  const checked = checkSignIn(form)
  const values = { email: checked.values.email }
  if (!checked.ok) return { status: "error", errors: checked.errors, values }

  const login = await logIn(checked.values.email, checked.values.password)
  if ("error" in login) return { status: "error", message: login.error, errors: {}, values }
  // An e-mail known to the shop but never registered as a reader (say, a member of staff).
  const known = await hasCustomer(login.token)
  if (known === null) return { status: "error", message: TRY_AGAIN, errors: {}, values }
  if (!known) {
    return { status: "error", message: "There is no reader account for this e-mail yet. Create one below.", errors: {}, values }
  }
  await setAuthToken(login.token)
  await bringCartAlong(login.token)
  redirect(safeReturnPath(form.get("next"), countryCode))
}

export async function register(
  _previous: FormState<RegistrationField>,
  form: FormData
): Promise<FormState<RegistrationField>> {
  const countryCode = countryCodeFrom(form)
  const checked = checkRegistration(form)
  const { password, ...shown } = checked.values
  if (!checked.ok) return { status: "error", errors: checked.errors, values: shown }

  const sdk = await getSdk()
  let registrationToken: string
  try {
    registrationToken = await sdk.auth.register("customer", "emailpass", { email: shown.email, password })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      return { status: "error", errors: { email: ALREADY_REGISTERED }, values: shown }
    }
    console.error("[account] registration failed", error)
    return { status: "error", message: TRY_AGAIN, errors: {}, values: shown }
  }

  try {
    await sdk.store.customer.create(
      { email: shown.email, first_name: shown.firstName, last_name: shown.lastName },
      { fields: "id" },
      bearer(registrationToken)
    )
  } catch (error) {
    if (error instanceof FetchError && (error.status ?? 500) < 500 && /already/i.test(error.message)) {
      return { status: "error", errors: { email: ALREADY_REGISTERED }, values: shown }
    }
    console.error("[account] creating the customer failed", error)
    return { status: "error", message: TRY_AGAIN, errors: {}, values: shown }
  }

  // The registration token names no customer yet: sign in for one that does.
  const login = await logIn(shown.email, password)
  if ("error" in login) return { status: "error", message: TRY_AGAIN, errors: {}, values: shown }
  await setAuthToken(login.token)
  await bringCartAlong(login.token)
  redirect(safeReturnPath(form.get("next"), countryCode))
}

/** Signs out: the token goes, and so does the cart cookie (that cart is now the account's). */
export async function signOut(form: FormData): Promise<void> {
  const countryCode = countryCodeFrom(form)
  await removeAuthToken()
  await removeCartId()
  redirect(`/${countryCode}`)
}

async function shippableCountries(): Promise<Set<string>> {
  return new Set(indexRegionsByCountry(await listRegions()).keys())
}

function addressBody(values: AddressValues): HttpTypes.StoreCreateCustomerAddress {
  const orNull = (value: string) => (value.length > 0 ? value : null)
  return {
    first_name: values.firstName,
    last_name: values.lastName,
    company: orNull(values.company),
    address_1: values.address1,
    address_2: orNull(values.address2),
    city: values.city,
    province: orNull(values.province),
    postal_code: orNull(values.postalCode),
    country_code: values.countryCode,
    phone: orNull(values.phone),
  }
}

export async function saveAddress(_previous: FormState<AddressField>, form: FormData): Promise<FormState<AddressField>> {
  const countryCode = countryCodeFrom(form)
  const checked = checkAddress(form, await shippableCountries())
  if (!checked.ok) {
    return { status: "error", message: "Please correct the address.", errors: checked.errors, values: checked.values }
  }
  const headers = await authHeaders()
  if (!headers.authorization) redirect(accountPath(countryCode, "/login"))

  const addressId = form.get("addressId")
  const sdk = await getSdk()
  try {
    if (typeof addressId === "string" && addressId.length > 0) {
      await sdk.store.customer.updateAddress(addressId, addressBody(checked.values), { fields: "id" }, headers)
    } else {
      await sdk.store.customer.createAddress(addressBody(checked.values), { fields: "id" }, headers)
    }
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) redirect(accountPath(countryCode, "/login"))
    console.error("[account] saving an address failed", error)
    const message = error instanceof FetchError && error.status === 400 ? `The shop refused this address: ${error.message}` : TRY_AGAIN
    return { status: "error", message, errors: {}, values: checked.values }
  }
  redirect(accountPath(countryCode, "/addresses?saved=1"))
}

export async function deleteAddress(form: FormData): Promise<void> {
  const countryCode = countryCodeFrom(form)
  const addressId = form.get("addressId")
  const headers = await authHeaders()
  if (!headers.authorization) redirect(accountPath(countryCode, "/login"))
  if (typeof addressId === "string" && addressId.length > 0) {
    const sdk = await getSdk()
    try {
      await sdk.store.customer.deleteAddress(addressId, headers)
    } catch (error) {
      if (!(error instanceof FetchError && error.status === 404)) throw error
    }
  }
  redirect(accountPath(countryCode, "/addresses?deleted=1"))
}
