import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pickStorefrontKey } from "../../../lib/storefront-key"

/**
 * GET /storefront/publishable-key — lets the storefront discover its publishable key,
 * so no one copies keys between apps. Publishable keys are public by design (they only
 * scope store requests to a sales channel); secret keys are never listed here.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token", "title", "revoked_at", "created_at"],
    filters: { type: "publishable" },
  })
  const token = pickStorefrontKey(data)
  if (!token) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No publishable API key exists yet. Run the seed (`npm start` does it) or create one in Medusa Admin → Settings → Publishable API Keys."
    )
  }
  res.set("Cache-Control", "no-store").json({ publishable_key: token })
}
