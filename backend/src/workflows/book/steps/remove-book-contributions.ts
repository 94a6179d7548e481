import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"

/** Soft-deletes every contribution of a book; compensation restores them. */
export const removeBookContributionsStep = createStep(
  "remove-book-contributions-step",
  async (bookId: string, { container }) => {
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const current = await service.listContributions({ book_id: bookId }, { select: ["id"] })
    const ids = current.map((c) => c.id)
    if (ids.length > 0) await service.softDeleteContributions(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).restoreContributions(ids)
  }
)
