import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertContributorUnusedStep } from "./steps/assert-contributor-unused"
import { deleteContributorStep } from "./steps/delete-contributor"

export type DeleteContributorInput = { id: string }

/** Deletes a contributor who is no longer credited on any book (else 400 naming the books). */
export const deleteContributorWorkflow = createWorkflow("delete-contributor", (input: DeleteContributorInput) => {
  const id = assertContributorUnusedStep(input.id)
  return new WorkflowResponse(deleteContributorStep(id))
})
