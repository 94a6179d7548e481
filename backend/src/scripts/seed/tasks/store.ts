import { createStoresWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STORE_CURRENCIES, STORE_NAME } from "../data"
import { storeUpdate, type StoreState } from "../plan"
import { SEED_VERSION, SEED_VERSION_KEY } from "../version"
import type { SeedContext } from "./context"

export type StoreDefaults = {
  salesChannelId: string
  regionId: string
  locationId: string
}

/** Medusa creates one store at boot; we use that one (or create it if it is somehow absent). */
async function findOrCreateStore({ container }: SeedContext): Promise<StoreDTO> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"], take: 1 })
  if (store) return store
  const { result } = await createStoresWorkflow(container).run({
    input: { stores: [{ name: STORE_NAME, supported_currencies: STORE_CURRENCIES }] },
  })
  const created = result[0]
  if (!created) throw new Error("Creating the store returned nothing.")
  return stores.retrieveStore(created.id, { relations: ["supported_currencies"] })
}

/** Tax inclusiveness of store currencies lives in the pricing module's price preferences. */
async function currentState(ctx: SeedContext, store: StoreDTO): Promise<StoreState> {
  const pricing = ctx.container.resolve(Modules.PRICING)
  const preferences = await pricing.listPricePreferences({ attribute: "currency_code" })
  const inclusive = new Set(preferences.filter((p) => p.is_tax_inclusive).map((p) => p.value))
  return {
    name: store.name,
    supported_currencies: (store.supported_currencies ?? []).map((c) => ({
      currency_code: c.currency_code,
      is_default: c.is_default,
      is_tax_inclusive: inclusive.has(c.currency_code),
    })),
    default_sales_channel_id: store.default_sales_channel_id ?? null,
    default_region_id: store.default_region_id ?? null,
    default_location_id: store.default_location_id ?? null,
  }
}

/** Name, currencies and defaults of the store; returns the store id. */
export async function ensureStore(ctx: SeedContext, defaults: StoreDefaults): Promise<string> {
  const store = await findOrCreateStore(ctx)
  const update = storeUpdate(await currentState(ctx, store), {
    name: STORE_NAME,
    supported_currencies: STORE_CURRENCIES,
    default_sales_channel_id: defaults.salesChannelId,
    default_region_id: defaults.regionId,
    default_location_id: defaults.locationId,
  })
  if (update) {
    await updateStoresWorkflow(ctx.container).run({ input: { selector: { id: store.id }, update } })
  }
  ctx.logger.info(`Store: ${STORE_NAME} (${update ? `updated ${Object.keys(update).join(", ")}` : "unchanged"})`)
  return store.id
}

/** The very last write: tells the start script this data version is complete. */
export async function markSeeded(ctx: SeedContext, storeId: string): Promise<void> {
  const stores = ctx.container.resolve(Modules.STORE)
  const store = await stores.retrieveStore(storeId)
  if (store.metadata?.[SEED_VERSION_KEY] === SEED_VERSION) {
    ctx.logger.info(`Seed version: ${SEED_VERSION} (unchanged)`)
    return
  }
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: storeId },
      update: { metadata: { ...(store.metadata ?? {}), [SEED_VERSION_KEY]: SEED_VERSION } },
    },
  })
  ctx.logger.info(`Seed version: ${SEED_VERSION} (written)`)
}
