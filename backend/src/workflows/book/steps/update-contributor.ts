import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { UpdateContributorInput } from "../types"

const FIELDS = ["id", "name", "handle", "bio", "photo_url"] as const

/** Updates one contributor (404 when unknown); compensation writes the previous values back. */
export const updateContributorStep = createStep(
  "update-contributor-step",
  async (data: UpdateContributorInput, { container }) => {
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const previous = await service.retrieveContributor(data.id, { select: [...FIELDS] })
    const updated = await service.updateContributors(data)
    return new StepResponse(updated, {
      id: previous.id,
      name: previous.name,
      handle: previous.handle,
      bio: previous.bio,
      photo_url: previous.photo_url,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookModuleService>(BOOK_MODULE).updateContributors(previous)
  }
)
