/**
 * One ISBN, one product: when two records in a file claim the same ISBN-13, the first keeps it
 * and every later one is rejected as a duplicate, never merged into the first.
 */
import type { OnixRecordResult } from "./types"

const isbnOf = (result: OnixRecordResult): string | undefined => (result.ok ? result.value.isbn13 : result.isbn13)

const labelOf = (result: OnixRecordResult): string =>
  result.ok ? `${result.value.recordReference} (product ${result.value.position})` : `${result.recordReference} (product ${result.position})`

export function rejectDuplicateIsbns(results: readonly OnixRecordResult[]): OnixRecordResult[] {
  const firstClaim = new Map<string, OnixRecordResult>()
  return results.map((result) => {
    const isbn = isbnOf(result)
    if (isbn === undefined) return result
    const first = firstClaim.get(isbn)
    if (first === undefined) {
      firstClaim.set(isbn, result)
      return result
    }
    const reason = `duplicate ISBN-13 ${isbn} in ProductIdentifier: already used by record ${labelOf(first)}`
    if (!result.ok) return { ...result, reasons: [...result.reasons, reason] }
    const { recordReference, position, warnings } = result.value
    return { ok: false, recordReference, position, isbn13: isbn, reasons: [reason], warnings }
  })
}

/** One line per rejected record, for the import's report: "WR-0099 (product 5): reason; reason". */
export function describeRejection(result: OnixRecordResult): string | undefined {
  if (result.ok) return undefined
  return `${result.recordReference} (product ${result.position}): ${result.reasons.join("; ")}`
}
