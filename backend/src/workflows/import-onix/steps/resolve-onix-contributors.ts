import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import type { ContributorRef } from "../types"
import { findOrCreateByHandle } from "./find-or-create"

/**
 * Finds the work's contributors by handle and creates the missing ones (name, handle, bio);
 * returns handle → id. Compensation deletes the ones it created, unless another import has
 * credited them in the meantime.
 */
export const resolveOnixContributorsStep = createStep(
  "resolve-onix-contributors-step",
  async (refs: ContributorRef[], { container }) => {
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const { ids, created } = await findOrCreateByHandle(
      refs,
      (handles) => service.listContributors({ handle: handles }, { select: ["id", "handle"] }),
      (ref) => service.createContributors({ name: ref.name, handle: ref.handle, bio: ref.bio ?? null })
    )
    return new StepResponse(ids, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const credited = await service.listContributions({ contributor_id: created }, { select: ["contributor_id"], withDeleted: true })
    const used = new Set(credited.map((c) => c.contributor_id))
    const unused = created.filter((id) => !used.has(id))
    if (unused.length > 0) await service.deleteContributors(unused)
  }
)
