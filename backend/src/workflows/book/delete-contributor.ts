import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BookEvents } from "../../lib/book-events"
import { assertContributorUnusedStep } from "./steps/assert-contributor-unused"
import { deleteContributorStep } from "./steps/delete-contributor"

export type DeleteContributorInput = { id: string }

/** Deletes a contributor who is no longer credited on any book (else 400 naming the books). */
export const deleteContributorWorkflow = createWorkflow("delete-contributor", (input: DeleteContributorInput) => {
  const id = assertContributorUnusedStep(input.id)
  const deleted = deleteContributorStep(id)
  emitEventStep({ eventName: BookEvents.CONTRIBUTOR_DELETED, data: { id: input.id } })
  return new WorkflowResponse(deleted)
})
