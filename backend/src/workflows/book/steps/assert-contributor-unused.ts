import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type ContributorRow = {
  id: string
  name: string
  contributions?: { book?: { product?: { title?: string | null } | null } | null }[] | null
}

/**
 * Refuses (NOT_ALLOWED, 400) to go on when the contributor is still credited on books, naming
 * them; 404 when the contributor does not exist. Reads only.
 */
export const assertContributorUnusedStep = createStep(
  "assert-contributor-unused-step",
  async (id: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "contributor",
      fields: ["id", "name", "contributions.book.product.title"],
      filters: { id },
    })
    const contributor = (data as ContributorRow[])[0]
    if (!contributor) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No contributor with id "${id}"`)
    }
    const credits = contributor.contributions ?? []
    if (credits.length > 0) {
      const titles = [...new Set(credits.map((c) => `"${c.book?.product?.title ?? "(a book without product)"}"`))]
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot delete ${contributor.name}: still credited on ${titles.join(", ")}. Remove those credits first.`
      )
    }
    return new StepResponse(contributor.id)
  }
)
