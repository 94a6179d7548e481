import {
  allowFields,
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pendingPreorderRefusal } from "../workflows/preorder/pending-preorder-refusal"
import { AdminAllocatePreorders, AdminSetPreorderTerms } from "./admin/preorders/validators"
import { AdminChangeStock, AdminSetThreshold } from "./admin/stock/validators"
import { StoreListPreorders } from "./store/preorders/validators"

/** Pre-order terms a storefront may ask for on products: `fields=+variants.preorder_terms.*`. */
export const STORE_PREORDER_FIELDS = [
  "variants.preorder_terms",
  ...["id", "release_date", "status", "cap", "claimed_quantity"].map((f) => `variants.preorder_terms.${f}`),
]

/**
 * Staff cannot fulfil a pre-order that still waits for stock (ADR 0004 §9): checked on Medusa's
 * admin route before its workflow writes anything. A body Medusa would reject anyway passes on
 * to Medusa's own validation.
 */
async function refusePendingPreorderFulfilment(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const items = (req.body as { items?: unknown } | undefined)?.items
    const ids = Array.isArray(items) ? items.flatMap((i) => (i && typeof (i as { id?: unknown }).id === "string" ? [(i as { id: string }).id] : [])) : []
    const refusal = await pendingPreorderRefusal(req.scope, ids)
    next(refusal ? new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal) : undefined)
  } catch (error) {
    next(error)
  }
}

/** Middlewares of the pre-order and stock routes (spread into src/api/middlewares.ts). */
export const preorderRoutes: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowFields(STORE_PREORDER_FIELDS)] },
  { matcher: "/store/products/:id", middlewares: [allowFields(STORE_PREORDER_FIELDS)] },
  { matcher: "/store/preorders*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/preorders", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListPreorders, {})] },
  { matcher: "/admin/variants/:id/preorder", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetPreorderTerms)] },
  { matcher: "/admin/preorders/allocate", method: ["POST"], middlewares: [validateAndTransformBody(AdminAllocatePreorders)] },
  { matcher: "/admin/variants/:id/stock", method: ["POST"], middlewares: [validateAndTransformBody(AdminChangeStock)] },
  { matcher: "/admin/variants/:id/stock/threshold", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetThreshold)] },
  { matcher: "/admin/orders/:id/fulfillments", method: ["POST"], middlewares: [refusePendingPreorderFulfilment] },
]
