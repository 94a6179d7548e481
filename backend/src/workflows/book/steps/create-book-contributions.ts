import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { ContributorCredit } from "../types"
import { contributionRows } from "../upsert-rules"

export type CreateBookContributionsInput = { book_id: string; contributors: ContributorCredit[] }

/**
 * Credits contributors on a book in the order given (400 naming any unknown contributor_id);
 * compensation deletes the new contributions.
 */
export const createBookContributionsStep = createStep(
  "create-book-contributions-step",
  async ({ book_id, contributors }: CreateBookContributionsInput, { container }) => {
    if (contributors.length === 0) return new StepResponse([], [])
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const ids = [...new Set(contributors.map((c) => c.contributor_id))]
    const found = new Set((await service.listContributors({ id: ids }, { select: ["id"] })).map((c) => c.id))
    const unknown = contributors
      .map((c, i) => (found.has(c.contributor_id) ? null : `contributors[${i}].contributor_id: no contributor with id "${c.contributor_id}"`))
      .filter((m): m is string => m !== null)
    if (unknown.length > 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, unknown.join("; "))
    }
    const created = await service.createContributions(contributionRows(book_id, contributors))
    const createdIds = created.map((c) => c.id)
    return new StepResponse(createdIds, createdIds)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteContributions(ids)
  }
)
