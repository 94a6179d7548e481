import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { ContributorRole } from "../../../modules/book/constants"

export type ContributionRow = { book_id: string; contributor_id: string; role: ContributorRole; position: number }

/** Credits contributors on new books (rows carry their position); compensation deletes them. */
export const createOnixContributionsStep = createStep(
  "create-onix-contributions-step",
  async (rows: ContributionRow[], { container }) => {
    if (rows.length === 0) return new StepResponse([], [])
    const created = await container.resolve<BookModuleService>(BOOK_MODULE).createContributions(rows)
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteContributions(ids)
  }
)
