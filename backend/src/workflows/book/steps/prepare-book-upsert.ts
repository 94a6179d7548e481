import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PublishingStatus } from "../../../modules/book/constants"
import type { BookProductSnapshot, UpsertBookDetailsInput } from "../types"
import { planFormats, upsertInputProblems } from "../upsert-rules"

type ProductRow = {
  id: string
  title: string
  book?: { id: string; publishing_status?: PublishingStatus | null } | null
  variants?: { id: string; book_format?: { id: string } | null }[] | null
}

/**
 * Reads the product (404 when unknown), checks the input against it (400 naming the field) and
 * plans the writes: whether the book exists, which formats are updated and which created.
 */
export const prepareBookUpsertStep = createStep(
  "prepare-book-upsert-step",
  async (input: UpsertBookDetailsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "book.id", "book.publishing_status", "variants.id", "variants.book_format.id"],
      filters: { id: input.product_id },
    })
    const row = (data as ProductRow[])[0]
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id "${input.product_id}"`)
    }
    const product: BookProductSnapshot = {
      id: row.id,
      title: row.title,
      book_id: row.book?.id ?? null,
      variants: (row.variants ?? []).map((v) => ({ id: v.id, book_format_id: v.book_format?.id ?? null })),
    }
    const problems = upsertInputProblems(input, product)
    if (problems.length > 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse({
      book_id: product.book_id,
      /** The status before this save (null for a new book): a change is announced once saved. */
      previous_status: row.book?.publishing_status ?? null,
      formats: planFormats(input.formats, product),
    })
  }
)
