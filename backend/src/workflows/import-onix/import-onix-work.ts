import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductOptionValuesOnProductStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpsertBookDetailsInput } from "../book/types"
import { upsertBookDetailsWorkflow } from "../book/upsert-book-details"
import {
  bookInput,
  contributorsToResolve,
  createProductInput,
  newVariantsInput,
  optionValuesInput,
  priceChangesInput,
  productUpdateInput,
  seriesToResolve,
  subjectsToResolve,
  workResult,
} from "./build-inputs"
import { prepareOnixWorkImportStep } from "./steps/prepare-onix-work-import"
import { resolveOnixContributorsStep } from "./steps/resolve-onix-contributors"
import { resolveOnixSeriesStep } from "./steps/resolve-onix-series"
import { resolveOnixSubjectsStep } from "./steps/resolve-onix-subjects"
import { updateOnixPricesStep } from "./steps/update-onix-prices"
import { updateOnixProductStep } from "./steps/update-onix-product"
import type { ImportOnixWorkInput } from "./types"

/**
 * Imports one ONIX work whole or not at all: reads what the shop has for its ISBNs and plans
 * (create / update / unchanged; conflicts fail before any write), finds or creates its
 * contributors, series and subjects, creates the product or adds formats, changes product
 * fields and prices in place, then sets the book details, ordered credits and formats. Any
 * failure compensates every step before it. An unchanged work writes nothing.
 */
export const importOnixWorkWorkflow = createWorkflow("import-onix-work", (input: ImportOnixWorkInput) => {
  const plan = prepareOnixWorkImportStep(input)

  const contributorIds = resolveOnixContributorsStep(transform({ plan }, ({ plan }) => contributorsToResolve(plan)))
  const seriesIds = resolveOnixSeriesStep(transform({ plan }, ({ plan }) => seriesToResolve(plan)))
  const subjectIds = resolveOnixSubjectsStep(transform({ plan }, ({ plan }) => subjectsToResolve(plan)))

  const created = when("create-onix-product-when-new", { plan }, ({ plan }) => plan.action === "create").then(() =>
    createProductsWorkflow.runAsStep({
      input: transform({ plan, input, seriesIds, subjectIds }, (d) => createProductInput([d.plan], d.input, d.seriesIds, d.subjectIds)),
    })
  )

  when("add-onix-format-values-when-missing", { plan }, ({ plan }) => optionValuesInput(plan).length > 0).then(() => {
    updateProductOptionValuesOnProductStep(transform({ plan }, ({ plan }) => optionValuesInput(plan)))
  })

  const addedVariants = when("add-onix-formats-when-new", { plan }, ({ plan }) => newVariantsInput(plan).product_variants.length > 0).then(
    () => createProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => newVariantsInput(plan)) })
  )

  const productUpdate = transform({ plan, seriesIds, subjectIds }, (d) => productUpdateInput(d.plan, d.seriesIds, d.subjectIds))
  when("update-onix-product-when-changed", { productUpdate }, ({ productUpdate }) => Object.keys(productUpdate.update).length > 0).then(() => {
    updateOnixProductStep(productUpdate)
  })

  const priceChanges = transform({ plan }, ({ plan }) => priceChangesInput(plan))
  when("update-onix-prices-when-changed", { priceChanges }, ({ priceChanges }) => priceChanges.length > 0).then(() => {
    updateOnixPricesStep(priceChanges)
  })

  const book = transform({ plan, contributorIds, created, addedVariants }, (d) => bookInput(d.plan, d.contributorIds, d.created, d.addedVariants))
  when("upsert-onix-book-when-changed", { book }, ({ book }) => book !== null).then(() => {
    upsertBookDetailsWorkflow.runAsStep({ input: transform({ book }, ({ book }) => book as UpsertBookDetailsInput) })
  })

  return new WorkflowResponse(transform({ plan, created }, ({ plan, created }) => workResult(plan, created)))
})
