import type { IPricingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Price } from "../types"

export type OnixPriceChange = { variant_id: string; prices: Price[] }

type PriceRow = { id: string; currency_code: string; amount: number; rules_count?: number | null; price_list_id?: string | null }
type SetPrices = { id: string; prices: { id?: string; currency_code: string; amount: number }[] }

async function restore(pricing: IPricingModuleService, sets: readonly SetPrices[]): Promise<void> {
  for (const set of sets) await pricing.updatePriceSets(set.id, { prices: set.prices })
}

/**
 * Sets the plain (rule-less) price of each currency given on each variant, in place: existing
 * prices keep their ids, missing currencies are added, every other price of the set (other
 * currencies, prices with rules) is sent back unchanged. Compensation restores the previous
 * list of each price set, which also removes the prices it added.
 */
export const updateOnixPricesStep = createStep(
  "update-onix-prices-step",
  async (changes: OnixPriceChange[], { container }) => {
    if (changes.length === 0) return new StepResponse([], [] as SetPrices[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "price_set.id"],
      filters: { id: changes.map((c) => c.variant_id) },
    })
    const setOf = new Map((data as { id: string; price_set?: { id: string } | null }[]).map((v) => [v.id, v.price_set?.id]))
    const setIds = changes.map((c) => setOf.get(c.variant_id)).filter((id): id is string => !!id)
    const current = (await pricing.listPrices({ price_set_id: setIds }, { take: null })) as unknown as (PriceRow & { price_set_id: string })[]

    const previous: SetPrices[] = []
    for (const change of changes) {
      const setId = setOf.get(change.variant_id)
      if (!setId) continue
      const own = current.filter((p) => p.price_set_id === setId && !p.price_list_id)
      const before = own.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: Number(p.amount) }))
      const after: SetPrices["prices"] = own.map((p) => {
        const wanted = p.rules_count ? undefined : change.prices.find((c) => c.currency_code === p.currency_code)
        return { id: p.id, currency_code: p.currency_code, amount: wanted ? wanted.amount : Number(p.amount) }
      })
      for (const wanted of change.prices) {
        if (!own.some((p) => p.currency_code === wanted.currency_code && !p.rules_count)) after.push({ ...wanted })
      }
      try {
        await pricing.updatePriceSets(setId, { prices: after })
      } catch (error) {
        // A failing step is not compensated: undo the sets this one already changed.
        await restore(pricing, previous)
        throw error
      }
      previous.push({ id: setId, prices: before })
    }
    return new StepResponse(changes.map((c) => c.variant_id), previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await restore(container.resolve(Modules.PRICING), previous)
  }
)
