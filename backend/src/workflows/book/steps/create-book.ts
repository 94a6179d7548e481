import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { BookDetailsData } from "../types"

/** Creates the book details of a product; compensation deletes them. */
export const createBookStep = createStep(
  "create-book-step",
  async (details: BookDetailsData, { container }) => {
    const book = await container.resolve<BookModuleService>(BOOK_MODULE).createBooks(details)
    return new StepResponse(book, book.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteBooks(id)
  }
)
