import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { cache } from "react"
import { loginPath } from "../account/return-path"
import {
  reshapeAddress,
  reshapeCustomer,
  reshapeOrderDetail,
  reshapeOrderSummary,
  type Address,
  type Customer,
  type OrderDetail,
  type OrderSummary,
} from "../account/reshape"
import { authHeaders } from "./cookies"
import { storeFetch } from "./store-fetch"

/*
 * The signed-in reader's own data. Every read here carries the reader's token and is fetched
 * fresh (`cache: "no-store"`): nothing of a customer's ever enters Next's data cache. React's
 * `cache` only shares one answer between the layout and the page of the same request.
 */

const noStore = { cache: "no-store" } as const

/** Ids come from the URL: only Medusa-shaped ones ("order_01J…") are sent on to the backend. */
function isMedusaId(id: string): boolean {
  return /^[a-z]+_[A-Za-z0-9]{1,64}$/.test(id)
}

function isSignedOut(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 401 || error.status === 403)
}

/** The signed-in reader, or null when nobody is signed in or the session has expired. */
export const getCustomer = cache(async (): Promise<Customer | null> => {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await storeFetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name" },
      headers,
      ...noStore,
    })
    return reshapeCustomer(customer)
  } catch (error) {
    if (isSignedOut(error)) return null
    throw error
  }
})

/**
 * The signed-in reader; a signed-out visitor is sent to sign in and brought back to
 * `returnPath` afterwards.
 */
export async function requireCustomer(countryCode: string, returnPath: string): Promise<Customer> {
  const customer = await getCustomer()
  if (!customer) redirect(loginPath(countryCode, returnPath))
  return customer
}

export type OrderPage = { orders: OrderSummary[]; count: number; limit: number; offset: number }

const summaryFields = "id,display_id,status,created_at,total,currency_code,+payment_status,+fulfillment_status,*items"

/** The reader's orders, newest first. */
export async function listOrders({ limit, offset }: { limit: number; offset: number }): Promise<OrderPage> {
  const { orders, count } = await storeFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: summaryFields, limit, offset, order: "-created_at" },
    headers: await authHeaders(),
    ...noStore,
  })
  return { orders: orders.map(reshapeOrderSummary), count, limit, offset }
}

/**
 * One of the reader's orders, or null when it is not theirs. Medusa answers `GET
 * /store/orders/:id` to anyone who knows the id, so ownership is checked here: the order's
 * customer must be the signed-in reader.
 */
export async function getOrder(id: string, customer: Customer): Promise<OrderDetail | null> {
  if (!isMedusaId(id)) return null
  try {
    const { order } = await storeFetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      query: { fields: "+customer_id,+payment_status,+fulfillment_status" },
      headers: await authHeaders(),
      ...noStore,
    })
    if (!order.customer_id || order.customer_id !== customer.id) return null
    return reshapeOrderDetail(order)
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

const addressFields = "id,first_name,last_name,company,address_1,address_2,city,province,postal_code,country_code,phone,created_at"

export async function listAddresses(): Promise<Address[]> {
  const { addresses } = await storeFetch<HttpTypes.StoreCustomerAddressListResponse>("/store/customers/me/addresses", {
    query: { fields: addressFields, limit: 50, order: "created_at" },
    headers: await authHeaders(),
    ...noStore,
  })
  return addresses.map(reshapeAddress)
}

/** One of the reader's addresses, or null when there is no such address in their book. */
export async function getAddress(id: string): Promise<Address | null> {
  if (!isMedusaId(id)) return null
  try {
    const { address } = await storeFetch<HttpTypes.StoreCustomerAddressResponse>(`/store/customers/me/addresses/${id}`, {
      query: { fields: addressFields },
      headers: await authHeaders(),
      ...noStore,
    })
    return reshapeAddress(address)
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
