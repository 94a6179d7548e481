import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { BookDetailsData } from "../../book/types"

/** Creates the book details of new products, in order (one per product); compensation deletes them. */
export const createOnixBooksStep = createStep(
  "create-onix-books-step",
  async (books: { product_id: string; details: BookDetailsData }[], { container }) => {
    if (books.length === 0) return new StepResponse([], [])
    const created = await container.resolve<BookModuleService>(BOOK_MODULE).createBooks(books.map((b) => b.details))
    const pairs = created.map((book, i) => ({ book_id: book.id, product_id: books[i]?.product_id ?? "" }))
    return new StepResponse(pairs, created.map((b) => b.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteBooks(ids)
  }
)
