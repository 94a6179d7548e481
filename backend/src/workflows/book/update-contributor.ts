import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BookEvents } from "../../lib/book-events"
import { resolveContributorHandleStep } from "./steps/resolve-contributor-handle"
import { updateContributorStep } from "./steps/update-contributor"
import type { UpdateContributorInput } from "./types"

/**
 * Updates a contributor. A new handle must be free; renaming keeps the handle (links to the
 * author page stay valid) unless a handle is given too.
 */
export const updateContributorWorkflow = createWorkflow("update-contributor", (input: UpdateContributorInput) => {
  const handle = resolveContributorHandleStep({ handle: input.handle, except_id: input.id })
  const data = transform({ input, handle }, ({ input, handle }) => ({ ...input, ...(handle ? { handle } : {}) }))
  const contributor = updateContributorStep(data)
  emitEventStep({ eventName: BookEvents.CONTRIBUTOR_UPDATED, data: { id: input.id } })
  return new WorkflowResponse(contributor)
})
