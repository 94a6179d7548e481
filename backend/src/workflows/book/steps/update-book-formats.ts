import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { FormatPlan } from "../upsert-rules"

/** Updates formats already linked to variants; compensation writes the previous values back. */
export const updateBookFormatsStep = createStep(
  "update-book-formats-step",
  async (updates: FormatPlan["update"], { container }) => {
    if (updates.length === 0) return new StepResponse([], [])
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const previous = await service.listBookFormats({ id: updates.map((u) => u.id) })
    const updated = await service.updateBookFormats(updates)
    return new StepResponse(
      updated,
      previous.map((f) => ({ id: f.id, format: f.format, pages: f.pages }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<BookModuleService>(BOOK_MODULE).updateBookFormats(previous)
  }
)
