import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OnixWork } from "../../lib/onix"
import { BOOK_MODULE } from "../../modules/book"
import { createBookFormatsStep } from "../book/steps/create-book-formats"
import { createProductInput } from "./build-inputs"
import { booksFor, contributionRows, newWorkResults, unionContributors, unionSeries, unionSubjects } from "./new-works-inputs"
import { createOnixBooksStep } from "./steps/create-onix-books"
import { createOnixContributionsStep } from "./steps/create-onix-contributions"
import { prepareOnixNewWorksStep } from "./steps/prepare-onix-new-works"
import { resolveOnixContributorsStep } from "./steps/resolve-onix-contributors"
import { resolveOnixSeriesStep } from "./steps/resolve-onix-series"
import { resolveOnixSubjectsStep } from "./steps/resolve-onix-subjects"
import type { ImportOnixWorkInput } from "./types"

export type ImportOnixNewWorksInput = Omit<ImportOnixWorkInput, "work"> & { works: OnixWork[] }

/**
 * The bulk path for works the shop does not have: the same result as import-onix-work for each
 * of them (a published product per work, contributors, series, subjects, book details, ordered
 * credits, formats), written with one core product creation for the whole batch. All or
 * nothing: any failure compensates the batch, and the caller then imports those works one by
 * one with import-onix-work, so each work is still written whole or not at all.
 */
export const importOnixNewWorksWorkflow = createWorkflow("import-onix-new-works", (input: ImportOnixNewWorksInput) => {
  const plans = prepareOnixNewWorksStep({ works: input.works, currency_codes: input.currency_codes })

  const contributorIds = resolveOnixContributorsStep(transform({ plans }, ({ plans }) => unionContributors(plans)))
  const seriesIds = resolveOnixSeriesStep(transform({ plans }, ({ plans }) => unionSeries(plans)))
  const subjectIds = resolveOnixSubjectsStep(transform({ plans }, ({ plans }) => unionSubjects(plans)))

  const created = createProductsWorkflow.runAsStep({
    input: transform({ plans, input, seriesIds, subjectIds }, (d) => createProductInput(d.plans, d.input, d.seriesIds, d.subjectIds)),
  })

  const books = transform({ plans, created, contributorIds }, (d) => booksFor(d.plans, d.created, d.contributorIds))
  const bookIds = createOnixBooksStep(transform({ books }, ({ books }) => books.map((b) => ({ product_id: b.product_id, details: b.details }))))
  createRemoteLinkStep(
    transform({ bookIds }, ({ bookIds }) =>
      bookIds.map((b) => ({ [Modules.PRODUCT]: { product_id: b.product_id }, [BOOK_MODULE]: { book_id: b.book_id } }))
    )
  ).config({ name: "link-onix-product-books-step" })
  createOnixContributionsStep(transform({ books, bookIds }, ({ books, bookIds }) => contributionRows(books, bookIds)))

  const formats = createBookFormatsStep(transform({ books }, ({ books }) => books.flatMap((b) => b.formats ?? [])))
  createRemoteLinkStep(
    transform({ formats }, ({ formats }) =>
      formats.map((f) => ({ [Modules.PRODUCT]: { product_variant_id: f.variant_id }, [BOOK_MODULE]: { book_format_id: f.id } }))
    )
  ).config({ name: "link-onix-variant-formats-step" })

  return new WorkflowResponse(transform({ plans, created }, ({ plans, created }) => newWorkResults(plans, created)))
})
