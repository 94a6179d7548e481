import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateEndpoint } from "../../lib/storefront-revalidation"

export type NotifyStorefrontInput = { tags: string[] }

/**
 * Asks the storefront to drop its cached pages for these tags. It writes nothing in the
 * backend, so there is nothing to compensate; a storefront that is down is logged, not
 * fatal (its pages also expire on their own).
 */
export const notifyStorefrontStep = createStep(
  "notify-storefront-step",
  async (input: NotifyStorefrontInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const endpoint = revalidateEndpoint(process.env)
    const secret = process.env.REVALIDATE_SECRET
    if (!endpoint || !secret || input.tags.length === 0) {
      return new StepResponse({ revalidated: [] as string[] })
    }
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": secret },
        body: JSON.stringify({ tags: input.tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (!res.ok) {
        logger.warn(`Storefront revalidation of ${input.tags.join(", ")} answered ${res.status}`)
        return new StepResponse({ revalidated: [] as string[] })
      }
      return new StepResponse({ revalidated: input.tags })
    } catch (error) {
      // Not running (e.g. while the seed runs before it starts): its pages expire on their own.
      logger.debug(`Storefront not reachable for revalidation (${endpoint}): ${(error as Error).message}`)
      return new StepResponse({ revalidated: [] as string[] })
    }
  }
)
