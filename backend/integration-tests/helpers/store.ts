/**
 * A reader's path through the store API, as the storefront takes it: find the region,
 * the book, fill a cart, choose shipping, pay with the system provider, complete.
 */
// The runner's axios instance, seen through the few calls made here.
type Api = {
  get: <T>(url: string, config?: object) => Promise<{ data: T; status: number }>
  post: <T>(url: string, body?: object, config?: object) => Promise<{ data: T; status: number }>
}

type Region = { id: string; currency_code: string; countries: { iso_2: string }[] }
type Product = {
  id: string
  title: string
  variants: { id: string; title: string; calculated_price: { calculated_amount: number; currency_code: string } }[]
}
type CompletedCart = {
  type: "order" | "cart"
  order?: { id: string; display_id: number; total: number; currency_code: string }
  error?: unknown
}

export type StoreSession = { api: Api; headers: { headers: Record<string, string> } }

export async function storeSession(api: Api): Promise<StoreSession> {
  const { data } = await api.get<{ publishable_key: string }>("/storefront/publishable-key")
  return { api, headers: { headers: { "x-publishable-api-key": data.publishable_key } } }
}

export async function regionFor(session: StoreSession, currency: string) {
  const { data } = await session.api.get<{ regions: Region[] }>("/store/regions", session.headers)
  const region = data.regions.find((r) => r.currency_code === currency)
  if (!region) throw new Error(`no region with currency ${currency}`)
  return region
}

export async function bookInRegion(session: StoreSession, handle: string, regionId: string) {
  const { data } = await session.api.get<{ products: Product[] }>(
    `/store/products?handle=${encodeURIComponent(handle)}&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity`,
    session.headers
  )
  const product = data.products[0]
  if (!product) throw new Error(`no product ${handle}`)
  return product
}

export async function placeOrder(
  session: StoreSession,
  input: { regionId: string; countryCode: string; variantId: string; quantity?: number; email?: string }
) {
  const { api, headers } = session
  const { data: created } = await api.post<{ cart: { id: string } }>("/store/carts", { region_id: input.regionId }, headers)
  const cartId: string = created.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: input.variantId, quantity: input.quantity ?? 1 }, headers)
  const address = {
    first_name: "Ada",
    last_name: "Reader",
    address_1: "1 Test Street",
    city: "Testville",
    postal_code: "10001",
    country_code: input.countryCode,
  }
  await api.post(
    `/store/carts/${cartId}`,
    { email: input.email ?? "reader@example.com", shipping_address: address, billing_address: address },
    headers
  )
  const { data: options } = await api.get<{ shipping_options: { id: string }[] }>(`/store/shipping-options?cart_id=${cartId}`, headers)
  const option = options.shipping_options[0]
  if (!option) throw new Error("no shipping option for this cart")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
  const { data: collection } = await api.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  const { data: completed } = await api.post<CompletedCart>(`/store/carts/${cartId}/complete`, {}, headers)
  return completed
}
