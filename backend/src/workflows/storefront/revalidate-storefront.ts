import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyStorefrontStep, type NotifyStorefrontInput } from "./notify-storefront-step"

export const revalidateStorefrontWorkflow = createWorkflow(
  "revalidate-storefront",
  (input: NotifyStorefrontInput) => new WorkflowResponse(notifyStorefrontStep(input))
)
