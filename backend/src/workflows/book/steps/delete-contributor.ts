import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"

/** Soft-deletes one contributor; compensation restores it. */
export const deleteContributorStep = createStep(
  "delete-contributor-step",
  async (id: string, { container }) => {
    await container.resolve<BookModuleService>(BOOK_MODULE).softDeleteContributors([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BookModuleService>(BOOK_MODULE).restoreContributors([id])
  }
)
