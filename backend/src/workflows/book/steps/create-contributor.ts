import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { ContributorData } from "../types"

/** Creates one contributor; compensation deletes it. */
export const createContributorStep = createStep(
  "create-contributor-step",
  async (data: ContributorData, { container }) => {
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const contributor = await service.createContributors(data)
    return new StepResponse(contributor, contributor.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteContributors(id)
  }
)
