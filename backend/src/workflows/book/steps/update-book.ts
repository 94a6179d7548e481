import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { BookDetailsData } from "../types"

/** Updates existing book details; compensation writes the previous values back. */
export const updateBookStep = createStep(
  "update-book-step",
  async (data: BookDetailsData & { id: string }, { container }) => {
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const previous = await service.retrieveBook(data.id)
    const book = await service.updateBooks(data)
    return new StepResponse(book, {
      id: previous.id,
      subtitle: previous.subtitle,
      publication_date: previous.publication_date,
      publishing_status: previous.publishing_status,
      language: previous.language,
      edition: previous.edition,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookModuleService>(BOOK_MODULE).updateBooks(previous)
  }
)
