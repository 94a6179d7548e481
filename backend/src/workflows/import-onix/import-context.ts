import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ImportOnixWorkInput } from "./types"

export type ImportContext = Omit<ImportOnixWorkInput, "work">

export class ShopNotReadyError extends Error {
  override name = "ShopNotReadyError"
}

/** The storefront channel, default shipping profile and store currencies every work needs. */
export async function readImportContext(container: MedusaContainer): Promise<ImportContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const store = stores[0] as { default_sales_channel_id: string | null; supported_currencies?: { currency_code: string }[] } | undefined
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!store?.default_sales_channel_id || !profile) {
    throw new ShopNotReadyError("The shop is not set up yet (no store sales channel or shipping profile): run `npm start` once first, or the seed.")
  }
  return {
    sales_channel_id: store.default_sales_channel_id,
    shipping_profile_id: profile.id,
    currency_codes: (store.supported_currencies ?? []).map((c) => c.currency_code.toLowerCase()),
  }
}
