/** The options of the contributor search box, as plain data. Pure, so the rules are unit-tested. */
import type { Contributor } from "./book-types"

export type SearchOption = { kind: "contributor"; contributor: Contributor } | { kind: "create"; name: string }

type Input = {
  /** What is in the box now. */
  typed: string
  /** The (debounced) text the shown results were asked for. */
  query: string
  results: readonly Contributor[] | undefined
  /** True while the results on screen belong to an earlier query (a new one is loading). */
  placeholder: boolean
  canCreate: boolean
}

/**
 * Nothing while the results are stale — the box has changed since they were asked for — so Enter
 * can never pick a contributor from an earlier search ("marx" typed, "Alan Woods" added). Then the
 * matches, and "Create …" unless one is named exactly as typed.
 */
export function searchOptions({ typed, query, results, placeholder, canCreate }: Input): SearchOption[] | null {
  const text = typed.trim()
  if (text !== query.trim() || placeholder || !results) return null
  const options: SearchOption[] = results.map((contributor) => ({ kind: "contributor", contributor }))
  const exact = results.some((c) => c.name.toLowerCase() === text.toLowerCase())
  if (canCreate && text && !exact) options.push({ kind: "create", name: text })
  return options
}
