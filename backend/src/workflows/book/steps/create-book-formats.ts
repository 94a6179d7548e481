import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { FormatData } from "../types"

/**
 * Creates formats for variants that have none, returning `{ id, variant_id }` pairs to link;
 * compensation deletes them.
 */
export const createBookFormatsStep = createStep(
  "create-book-formats-step",
  async (formats: FormatData[], { container }) => {
    if (formats.length === 0) return new StepResponse([], [])
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const created = await service.createBookFormats(formats.map(({ format, pages }) => ({ format, pages: pages ?? null })))
    const pairs = created.map((f, i) => ({ id: f.id, variant_id: formats[i]?.variant_id ?? "" }))
    return new StepResponse(pairs, created.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).deleteBookFormats(ids)
  }
)
