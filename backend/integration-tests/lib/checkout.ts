/**
 * Checkouts for the stock and pre-order suites: carts are prepared one by one up to a
 * payment session (system provider), then completed — possibly many at once — so the race
 * is exactly at cart completion. Also the reconciliation of one variant's stock.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type Res<T> = { data: T; status: number }
export type HttpClient = {
  get: <T>(url: string, config?: object) => Promise<Res<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Res<T>>
}

export type Shop = { api: HttpClient; headers: Record<string, string>; regionId: string; countryCode: string }

export async function gbShop(api: HttpClient, extraHeaders: Record<string, string> = {}): Promise<Shop> {
  const { data: key } = await api.get<{ publishable_key: string }>("/storefront/publishable-key")
  const headers = { "x-publishable-api-key": key.publishable_key, ...extraHeaders }
  const { data } = await api.get<{ regions: { id: string; currency_code: string }[] }>("/store/regions", { headers })
  const region = data.regions.find((r) => r.currency_code === "gbp")
  if (!region) throw new Error("no GBP region")
  return { api, headers, regionId: region.id, countryCode: "gb" }
}

const ok = <T>(res: Res<T>, what: string): T => {
  if (res.status >= 300) throw new Error(`${what} failed (${res.status}): ${JSON.stringify(res.data)}`)
  return res.data
}

/** A cart with `lines`, address, the first shipping option and a system-provider payment session. */
export async function prepareCart(
  shop: Shop,
  lines: { variantId: string; quantity?: number }[],
  email = "reader@example.com"
): Promise<string> {
  const cfg = { headers: shop.headers, validateStatus: () => true }
  const { cart } = ok(await shop.api.post<{ cart: { id: string } }>("/store/carts", { region_id: shop.regionId, email }, cfg), "create cart")
  for (const line of lines) {
    ok(await shop.api.post(`/store/carts/${cart.id}/line-items`, { variant_id: line.variantId, quantity: line.quantity ?? 1 }, cfg), "add line")
  }
  const address = { first_name: "Ada", last_name: "Reader", address_1: "1 Test Street", city: "London", postal_code: "N1 1AA", country_code: shop.countryCode }
  ok(await shop.api.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, cfg), "address")
  const { shipping_options } = ok(await shop.api.get<{ shipping_options: { id: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`, cfg), "shipping options")
  const option = shipping_options[0]
  if (!option) throw new Error("no shipping option")
  ok(await shop.api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, cfg), "shipping method")
  const { payment_collection } = ok(await shop.api.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id }, cfg), "payment collection")
  ok(await shop.api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, cfg), "payment session")
  return cart.id
}

export type Completion = { status: number; orderId?: string; message?: string }

export async function completeCart(shop: Shop, cartId: string): Promise<Completion> {
  const res = await shop.api.post<{ type?: string; order?: { id: string }; message?: string; error?: { message?: string } }>(
    `/store/carts/${cartId}/complete`,
    {},
    { headers: shop.headers, validateStatus: () => true }
  )
  return { status: res.status, orderId: res.data.type === "order" ? res.data.order?.id : undefined, message: res.data.message ?? res.data.error?.message }
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function inBatches<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i] as T, i)
      }
    })
  )
  return out
}

/** The demo title's print variant by SKU (its ISBN), with its inventory item. */
export async function variantBySku(container: MedusaContainer, sku: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.title", "inventory_items.inventory_item_id"],
    filters: { sku },
  })
  const variant = data[0] as { id: string; inventory_items: { inventory_item_id: string }[] } | undefined
  const itemId = variant?.inventory_items[0]?.inventory_item_id
  if (!variant || !itemId) throw new Error(`no stocked variant ${sku}`)
  return { id: variant.id, inventoryItemId: itemId }
}

/** Sets the item's stock: `first` copies at the first location by name, 0 elsewhere. */
export async function setStock(container: MedusaContainer, inventoryItemId: string, first: number) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: levels.map((l) => l.location_id) })
  const ordered = [...locations].sort((a, b) => a.name.localeCompare(b.name))
  await inventory.updateInventoryLevels(
    ordered.map((l, i) => ({ inventory_item_id: inventoryItemId, location_id: l.id, stocked_quantity: i === 0 ? first : 0 }))
  )
  return ordered[0]?.id as string
}

/** What the database says about one inventory item: levels, reservations, orders holding it. */
export async function reconcile(container: MedusaContainer, variantId: string, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
  const { data: items } = await query.graph({ entity: "order_line_item", fields: ["id", "quantity", "variant_id"], filters: { variant_id: variantId } })
  return {
    stocked: levels.reduce((s, l) => s + Number(l.stocked_quantity), 0),
    reserved: levels.reduce((s, l) => s + Number(l.reserved_quantity), 0),
    negativeReserved: levels.some((l) => Number(l.reserved_quantity) < 0),
    reservationQuantity: reservations.reduce((s, r) => s + Number(r.quantity), 0),
    reservations: reservations.length,
    orderLines: (items as { quantity: number }[]).length,
  }
}
