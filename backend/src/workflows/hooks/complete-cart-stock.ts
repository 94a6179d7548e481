/**
 * Stock and pre-order rules at checkout (completeCartWorkflow), safe under concurrency and
 * across processes:
 *
 * - `validate` takes the stock lock of every variant in the cart (Locking Module; owner = the
 *   cart), re-reads stock and pre-order terms, applies `decideSale` and refuses with a clear
 *   "Sold out" / "Pre-orders … sold out" error (400, before any order or payment exists), then
 *   claims the pre-order quantity against the cap. Its compensation (the checkout failed later)
 *   gives the claim back and releases the locks.
 * - `beforePaymentAuthorization` runs after Medusa has written the order's reservations: it
 *   releases the locks, so the next checkout of the same title sees those reservations.
 *
 * Medusa allows one handler per hook: other code must not register these two hooks again.
 * (`beforePaymentAuthorization` is declared by completeCartWorkflow but left out of its typings.)
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { decideSale, saleRefusalMessage } from "../../lib/inventory/sale-rules"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { loadSaleState } from "../stock/lib/sale-state"
import { acquireVariantLocks, releaseVariantLocks, stockLockKey } from "../stock/lib/variant-locks"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type CartLine = { variant_id?: string | null; quantity: number | string }
type CartShape = { id: string; completed_at?: Date | string | null; sales_channel_id?: string | null; items?: (CartLine | null)[] | null }

export type CheckoutClaim = { ownerId: string; keys: string[]; claims: { termsId: string; quantity: number }[] }

const ownerFor = (cartId: string) => `checkout:${cartId}`

/** Quantity per variant in the cart. */
export function quantitiesByVariant(items: readonly (CartLine | null)[]): Map<string, number> {
  const byVariant = new Map<string, number>()
  for (const item of items) {
    if (!item?.variant_id) continue
    byVariant.set(item.variant_id, (byVariant.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  return byVariant
}

async function giveBack(container: MedusaContainer, claim: CheckoutClaim) {
  const preorders = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  // Re-entrant for the same owner: held already unless the lock expired meanwhile.
  const keys = await acquireVariantLocks(container, claim.keys.map((k) => k.slice(stockLockKey("").length)), {
    ownerId: claim.ownerId,
  })
  try {
    for (const { termsId, quantity } of claim.claims) {
      const [terms] = await preorders.listPreorderTerms({ id: termsId })
      if (!terms) continue
      await preorders.updatePreorderTerms({ id: termsId, claimed_quantity: Math.max(0, terms.claimed_quantity - quantity) })
    }
  } finally {
    await releaseVariantLocks(container, keys, claim.ownerId)
  }
}

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const shaped = cart as unknown as CartShape
    if (shaped.completed_at) return new StepResponse(undefined, undefined)
    const wanted = quantitiesByVariant(shaped.items ?? [])
    const variantIds = [...wanted.keys()]
    if (variantIds.length === 0) return new StepResponse(undefined, undefined)

    const ownerId = ownerFor(shaped.id)
    const keys = await acquireVariantLocks(container, variantIds, { ownerId })
    const claim: CheckoutClaim = { ownerId, keys, claims: [] }
    try {
      const states = await loadSaleState(container, variantIds, shaped.sales_channel_id)
      for (const [variantId, requested] of wanted) {
        const state = states.get(variantId)
        if (!state) continue // Medusa's own validation reports missing variants
        const openTerms = state.terms?.status === "open" ? state.terms : null
        const decision = decideSale({
          requested,
          managesInventory: state.managesInventory,
          available: state.available,
          preorder: openTerms ? { cap: openTerms.cap, claimed: openTerms.claimed } : null,
        })
        if (!decision.ok) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, saleRefusalMessage(state.title, decision))
        }
      }
      const preorders = container.resolve<PreorderModuleService>(PREORDER_MODULE)
      for (const [variantId, requested] of wanted) {
        const terms = states.get(variantId)?.terms
        if (terms?.status !== "open") continue
        await preorders.updatePreorderTerms({ id: terms.id, claimed_quantity: terms.claimed + requested })
        claim.claims.push({ termsId: terms.id, quantity: requested })
      }
    } catch (error) {
      // A step that throws is not compensated: undo here.
      await giveBack(container, claim)
      throw error
    }
    return new StepResponse(claim, claim)
  },
  async (claim, { container }) => {
    if (claim) await giveBack(container, claim)
  }
)

type HookRegistrar = (
  handler: (input: { input: { id: string } }, context: { container: MedusaContainer }) => Promise<unknown>
) => void
const beforePaymentAuthorization = (completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization?: HookRegistrar })
  .beforePaymentAuthorization
if (!beforePaymentAuthorization) {
  throw new Error("completeCartWorkflow no longer declares the beforePaymentAuthorization hook: stock locks would never be released")
}

beforePaymentAuthorization(async ({ input }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.variant_id"], filters: { id: input.id } })
  const items = ((data[0] as { items?: ({ variant_id?: string | null } | null)[] } | undefined)?.items ?? [])
  const keys = [...new Set(items.flatMap((i) => (i?.variant_id ? [i.variant_id] : [])))].sort().map(stockLockKey)
  await releaseVariantLocks(container, keys, ownerFor(input.id))
  return new StepResponse(undefined)
})
