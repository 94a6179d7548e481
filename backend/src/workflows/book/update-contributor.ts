import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
  return new WorkflowResponse(updateContributorStep(data))
})
