/**
 * Pure rules of upsert-book-details: what is wrong with an input for a given product, and which
 * formats are updated in place versus created and linked.
 */
import type { BookProductSnapshot, FormatData, UpsertBookDetailsInput } from "./types"

type FormatUpdate = { id: string; format: FormatData["format"]; pages?: number | null }

export type FormatPlan = { update: FormatUpdate[]; create: FormatData[] }

/** Every problem with the input, each naming the field (`formats[1].variant_id: …`). */
export function upsertInputProblems(input: UpsertBookDetailsInput, product: BookProductSnapshot): string[] {
  const problems: string[] = []
  const seenCredits = new Set<string>()
  input.contributors.forEach((credit, i) => {
    const key = `${credit.contributor_id}/${credit.role}`
    if (seenCredits.has(key)) {
      problems.push(`contributors[${i}]: contributor "${credit.contributor_id}" is already listed as ${credit.role}`)
    }
    seenCredits.add(key)
  })
  const variantIds = new Set(product.variants.map((v) => v.id))
  const seenVariants = new Set<string>()
  ;(input.formats ?? []).forEach((format, i) => {
    if (!variantIds.has(format.variant_id)) {
      problems.push(`formats[${i}].variant_id: "${format.variant_id}" is not a variant of "${product.title}"`)
    } else if (seenVariants.has(format.variant_id)) {
      problems.push(`formats[${i}].variant_id: variant "${format.variant_id}" is listed twice`)
    }
    seenVariants.add(format.variant_id)
  })
  return problems
}

/** Formats of variants that already have one are updated; the others are created. */
export function planFormats(formats: readonly FormatData[] | undefined, product: BookProductSnapshot): FormatPlan {
  const existing = new Map(product.variants.map((v) => [v.id, v.book_format_id]))
  const plan: FormatPlan = { update: [], create: [] }
  for (const format of formats ?? []) {
    const formatId = existing.get(format.variant_id)
    if (formatId) {
      plan.update.push({ id: formatId, format: format.format, ...(format.pages !== undefined ? { pages: format.pages } : {}) })
    } else {
      plan.create.push(format)
    }
  }
  return plan
}

/** Contribution rows for a book, positioned in the order given. */
export function contributionRows(bookId: string, contributors: UpsertBookDetailsInput["contributors"]) {
  return contributors.map((credit, position) => ({
    book_id: bookId,
    contributor_id: credit.contributor_id,
    role: credit.role,
    position,
  }))
}
