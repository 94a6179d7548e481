import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../../modules/book"
import { slugify } from "../../../lib/slug"
import type BookModuleService from "../../../modules/book/service"

export type ResolveHandleInput = { name?: string; handle?: string; except_id?: string }

/**
 * The handle a contributor will have (the given one, else the slug of the name), refused with
 * INVALID_DATA when another contributor already has it. Reads only; nothing to compensate.
 */
export const resolveContributorHandleStep = createStep(
  "resolve-contributor-handle-step",
  async (input: ResolveHandleInput, { container }) => {
    const handle = input.handle ?? (input.name !== undefined ? slugify(input.name) : undefined)
    if (handle === undefined) return new StepResponse(undefined)
    if (handle === "") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot derive a handle from the name "${input.name}": give a handle (lower-case letters, digits and hyphens).`
      )
    }
    const service = container.resolve<BookModuleService>(BOOK_MODULE)
    const [taken] = await service.listContributors({ handle }, { select: ["id", "name"] })
    if (taken && taken.id !== input.except_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The handle "${handle}" is already used by the contributor ${taken.name} (${taken.id}); choose another handle.`
      )
    }
    return new StepResponse(handle)
  }
)
