import { allowFields, authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAllocatePreorders, AdminSetPreorderTerms } from "./admin/preorders/validators"
import { AdminChangeStock, AdminSetThreshold } from "./admin/stock/validators"
import { StoreListPreorders } from "./store/preorders/validators"

/** Pre-order terms a storefront may ask for on products: `fields=+variants.preorder_terms.*`. */
export const STORE_PREORDER_FIELDS = [
  "variants.preorder_terms",
  ...["id", "release_date", "status", "cap", "claimed_quantity"].map((f) => `variants.preorder_terms.${f}`),
]

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
]
