import "server-only"
import { cookies } from "next/headers"

/**
 * The reader's own state, kept in httpOnly cookies the browser never reads from script:
 * the cart id and the customer's auth token. Cart and customer data are never cached.
 */
export const CART_COOKIE = "_bookshop_cart_id"
export const AUTH_COOKIE = "_bookshop_jwt"

const secure = process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https:")

const baseOptions = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure,
  path: "/",
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, { ...baseOptions, maxAge: 60 * 60 * 24 * 30 })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...baseOptions, maxAge: 60 * 60 * 24 * 7 })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** Headers for a store request made on the signed-in reader's behalf (none when signed out). */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
