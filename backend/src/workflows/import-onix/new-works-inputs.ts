/**
 * Inputs of the batch workflow for new works: the union of what their plans need found or
 * created, and their book details, credits and formats keyed to the products just created. Pure.
 */
import type { UpsertBookDetailsInput } from "../book/types"
import { bookInput } from "./build-inputs"
import type { ContributionRow } from "./steps/create-onix-contributions"
import type { ContributorRef, CreatePlan, ImportOnixWorkResult, SeriesRef, SubjectRef } from "./types"

type Ids = Record<string, string>
type CreatedProduct = { id: string; handle: string; variants?: { id: string; ean?: string | null }[] | null }

const uniqueBy = <T extends { handle: string }>(items: readonly T[]): T[] => [...new Map(items.map((i) => [i.handle, i])).values()]

export const unionContributors = (plans: readonly CreatePlan[]): ContributorRef[] => uniqueBy(plans.flatMap((p) => p.contributors))
export const unionSeries = (plans: readonly CreatePlan[]): SeriesRef[] => uniqueBy(plans.flatMap((p) => (p.series ? [p.series] : [])))
export const unionSubjects = (plans: readonly CreatePlan[]): SubjectRef[] => uniqueBy(plans.flatMap((p) => p.subjects))

/** Each plan's book input, against the created product with the plan's handle. */
export function booksFor(plans: readonly CreatePlan[], created: readonly CreatedProduct[], contributorIds: Ids): UpsertBookDetailsInput[] {
  const byHandle = new Map(created.map((p) => [p.handle, p]))
  return plans.flatMap((plan) => {
    const product = byHandle.get(plan.handle)
    const input = product ? bookInput(plan, contributorIds, [product], undefined) : null
    return input ? [input] : []
  })
}

export function contributionRows(books: readonly UpsertBookDetailsInput[], bookIds: readonly { book_id: string; product_id: string }[]): ContributionRow[] {
  const bookOf = new Map(bookIds.map((b) => [b.product_id, b.book_id]))
  return books.flatMap((book) =>
    book.contributors.map((credit, position) => ({ book_id: bookOf.get(book.product_id) ?? "", contributor_id: credit.contributor_id, role: credit.role, position }))
  )
}

export function newWorkResults(plans: readonly CreatePlan[], created: readonly CreatedProduct[]): ImportOnixWorkResult[] {
  const byHandle = new Map(created.map((p) => [p.handle, p.id]))
  return plans.map((plan) => ({ action: "created", product_id: byHandle.get(plan.handle) ?? "", handle: plan.handle, changes: plan.changes, warnings: plan.warnings }))
}
