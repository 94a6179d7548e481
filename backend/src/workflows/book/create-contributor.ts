import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BookEvents } from "../../lib/book-events"
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
  const contributor = createContributorStep(data)
  const event = transform({ contributor }, ({ contributor }) => ({ id: contributor.id }))
  emitEventStep({ eventName: BookEvents.CONTRIBUTOR_CREATED, data: event })
  return new WorkflowResponse(contributor)
})
