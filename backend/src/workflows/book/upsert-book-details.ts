import { BookEvents } from "../../lib/book-events"
import { publishingStatusChange } from "../../lib/inventory/publishing-status"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BOOK_MODULE } from "../../modules/book"
import { createBookStep } from "./steps/create-book"
import { createBookContributionsStep } from "./steps/create-book-contributions"
import { createBookFormatsStep } from "./steps/create-book-formats"
import { prepareBookUpsertStep } from "./steps/prepare-book-upsert"
import { removeBookContributionsStep } from "./steps/remove-book-contributions"
import { updateBookStep } from "./steps/update-book"
import { updateBookFormatsStep } from "./steps/update-book-formats"
import type { UpsertBookDetailsInput } from "./types"

/**
 * Sets the book details of a product: creates and links the book when the product has none,
 * else updates it; replaces its contributions (position = order given); upserts the formats of
 * the variants listed. Any failure compensates every step before it.
 */
export const upsertBookDetailsWorkflow = createWorkflow("upsert-book-details", (input: UpsertBookDetailsInput) => {
  const plan = prepareBookUpsertStep(input)

  const created = when("create-book-when-missing", { plan }, ({ plan }) => !plan.book_id).then(() => {
    const book = createBookStep(input.details)
    const link = transform({ book, input }, ({ book, input }) => [
      { [Modules.PRODUCT]: { product_id: input.product_id }, [BOOK_MODULE]: { book_id: book.id } },
    ])
    createRemoteLinkStep(link).config({ name: "link-product-book-step" })
    return book
  })

  when("update-book-when-present", { plan }, ({ plan }) => !!plan.book_id).then(() => {
    const data = transform({ plan, input }, ({ plan, input }) => ({ ...input.details, id: plan.book_id ?? "" }))
    updateBookStep(data)
  })

  const bookId = transform({ plan, created }, ({ plan, created }) => plan.book_id ?? created?.id ?? "")

  removeBookContributionsStep(bookId)
  const contributions = transform({ bookId, input }, ({ bookId, input }) => ({
    book_id: bookId,
    contributors: input.contributors,
  }))
  createBookContributionsStep(contributions)

  const formatUpdates = transform({ plan }, ({ plan }) => plan.formats.update)
  updateBookFormatsStep(formatUpdates)
  const formatCreates = transform({ plan }, ({ plan }) => plan.formats.create)
  const newFormats = createBookFormatsStep(formatCreates)
  const formatLinks = transform({ newFormats }, ({ newFormats }) =>
    newFormats.map((f) => ({
      [Modules.PRODUCT]: { product_variant_id: f.variant_id },
      [BOOK_MODULE]: { book_format_id: f.id },
    }))
  )
  createRemoteLinkStep(formatLinks).config({ name: "link-variant-book-formats-step" })

  const result = transform({ bookId, input }, ({ bookId, input }) => ({ book_id: bookId, product_id: input.product_id }))
  emitEventStep({ eventName: BookEvents.BOOK_DETAILS_UPDATED, data: result })
  // Pre-orders follow the publishing status; the event is only sent once this workflow succeeded.
  const statusChange = transform({ plan, input }, ({ plan, input }) => ({
    product_id: input.product_id,
    from: plan.previous_status,
    to: publishingStatusChange(plan.previous_status, input.details.publishing_status),
    changed_at: new Date().toISOString(),
  }))
  when("announce-publishing-status-change", { statusChange }, ({ statusChange }) => statusChange.to !== null).then(() => {
    emitEventStep({ eventName: BookEvents.PUBLISHING_STATUS_CHANGED, data: statusChange }).config({ name: "emit-publishing-status-changed" })
  })
  return new WorkflowResponse(result)
})
