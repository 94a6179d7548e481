import type { HttpTypes } from "@medusajs/types"
import type { Money } from "../catalogue/money"
import { orderStatusLabel, type OrderStatusLabel } from "./order-status"

/** The reader's own account data in the shapes the account pages render. */
export type Customer = { id: string; email: string; firstName: string; lastName: string }

export type Address = {
  id: string
  firstName: string
  lastName: string
  company: string
  address1: string
  address2: string
  city: string
  province: string
  postalCode: string
  countryCode: string
  phone: string
}

export type OrderSummary = {
  id: string
  number: string
  placedAt: string
  total: Money
  itemCount: number
  status: OrderStatusLabel
}

export type OrderLine = {
  id: string
  title: string
  format: string
  handle: string | null
  quantity: number
  unitPrice: Money
  total: Money
}

export type OrderDetail = OrderSummary & {
  email: string
  lines: OrderLine[]
  subtotal: Money
  shipping: Money
  discount: Money
  tax: Money
  shippingMethod: string | null
  shippingAddress: Address | null
}

export function reshapeCustomer(customer: HttpTypes.StoreCustomer): Customer {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.first_name ?? "",
    lastName: customer.last_name ?? "",
  }
}

type AddressLike = Partial<
  Pick<
    HttpTypes.StoreCustomerAddress,
    "first_name" | "last_name" | "company" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "country_code" | "phone"
  >
> & { id?: string }

export function reshapeAddress(address: AddressLike): Address {
  return {
    id: address.id ?? "",
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    company: address.company ?? "",
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? "",
    city: address.city ?? "",
    province: address.province ?? "",
    postalCode: address.postal_code ?? "",
    countryCode: (address.country_code ?? "").toLowerCase(),
    phone: address.phone ?? "",
  }
}

/** The lines of an address as printed on a parcel, country by the name the shop uses. */
export function addressLines(address: Address, countryName: (code: string) => string): string[] {
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.address1,
    address.address2,
    [address.city, address.province].filter(Boolean).join(", "),
    address.postalCode,
    address.countryCode ? countryName(address.countryCode) : "",
  ].filter((line) => line.length > 0)
}

function money(amount: unknown, currencyCode: string): Money {
  const value = typeof amount === "number" ? amount : Number(amount ?? 0)
  return { amount: Number.isFinite(value) ? value : 0, currencyCode: currencyCode.toUpperCase() }
}

type StoreOrderWithStatuses = HttpTypes.StoreOrder & {
  payment_status?: string | null
  fulfillment_status?: string | null
}

export function reshapeOrderSummary(order: StoreOrderWithStatuses): OrderSummary {
  const currency = order.currency_code
  return {
    id: order.id,
    number: `#${order.display_id}`,
    placedAt: new Date(order.created_at).toISOString(),
    total: money(order.total, currency),
    itemCount: (order.items ?? []).reduce((sum, item) => sum + Number(item.quantity ?? 0), 0),
    status: orderStatusLabel({
      status: order.status,
      paymentStatus: order.payment_status,
      fulfillmentStatus: order.fulfillment_status,
    }),
  }
}

export function reshapeOrderDetail(order: StoreOrderWithStatuses): OrderDetail {
  const currency = order.currency_code
  return {
    ...reshapeOrderSummary(order),
    email: order.email ?? "",
    lines: (order.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      format: item.variant_title ?? item.subtitle ?? "",
      handle: item.product_handle ?? null,
      quantity: Number(item.quantity ?? 0),
      unitPrice: money(item.unit_price, currency),
      total: money(item.total, currency),
    })),
    subtotal: money(order.item_subtotal ?? order.subtotal, currency),
    shipping: money(order.shipping_total, currency),
    discount: money(order.discount_total, currency),
    tax: money(order.tax_total, currency),
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    shippingAddress: order.shipping_address ? reshapeAddress(order.shipping_address) : null,
  }
}
