import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createContributorStep } from "./steps/create-contributor"
import { resolveContributorHandleStep } from "./steps/resolve-contributor-handle"
import type { CreateContributorInput } from "./types"

/** Creates a contributor; the handle defaults to the slug of the name and must be free. */
export const createContributorWorkflow = createWorkflow("create-contributor", (input: CreateContributorInput) => {
  const handle = resolveContributorHandleStep({ name: input.name, handle: input.handle })
  const data = transform({ input, handle }, ({ input, handle }) => ({
    name: input.name,
    handle: handle ?? "",
    bio: input.bio ?? null,
    photo_url: input.photo_url ?? null,
  }))
  return new WorkflowResponse(createContributorStep(data))
})
