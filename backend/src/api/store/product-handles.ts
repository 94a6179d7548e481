import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { handlesToResolve, idFilterFor } from "../../lib/catalogue/handle-filter"

/**
 * Before Medusa's `GET /store/products` validation: a request by handle also names the product
 * ids, so Medusa's sales-channel filter reads those links only instead of every product's
 * (see lib/catalogue/handle-filter.ts). The handle filter stays; the answer is unchanged.
 */
export async function resolveProductHandles(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const handles = req.method === "GET" ? handlesToResolve(req.query as Record<string, unknown>) : null
    if (handles) {
      const found = await req.scope.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { select: ["id"], take: handles.length })
      ;(req.query as Record<string, unknown>).id = idFilterFor(found)
    }
    next()
  } catch (error) {
    next(error)
  }
}
