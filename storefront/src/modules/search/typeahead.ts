/**
 * The search box's state, as a reducer (pure, unit-tested): what was typed, the suggestions
 * for it, whether the list is open and which option the arrow keys are on. The options are the
 * suggestions followed by "See all results", so keyboard users can reach the results page too.
 */
import { minSuggestLength, type Suggestion } from "./suggestions"

export type TypeaheadState = {
  query: string
  /** The query the suggestions answer (a slower answer to an older query is ignored). */
  answered: string
  suggestions: Suggestion[]
  open: boolean
  /** Index into the options (suggestions, then "see all"), or -1 for the text field itself. */
  active: number
  status: "idle" | "loading" | "ready" | "error"
}

export type TypeaheadAction =
  | { type: "typed"; query: string }
  | { type: "loaded"; query: string; suggestions: Suggestion[] }
  | { type: "failed"; query: string }
  | { type: "move"; by: 1 | -1 }
  | { type: "open" }
  | { type: "close" }
  | { type: "reset" }

export const initialTypeahead: TypeaheadState = {
  query: "",
  answered: "",
  suggestions: [],
  open: false,
  active: -1,
  status: "idle",
}

export const debounceMs = 200

/** Options in the list: the suggestions plus "See all results" (when there is a query). */
export function optionCount(state: TypeaheadState): number {
  return state.suggestions.length + (isSearchable(state.query) ? 1 : 0)
}

export function isSearchable(query: string): boolean {
  return query.trim().length >= minSuggestLength
}

export function typeaheadReducer(state: TypeaheadState, action: TypeaheadAction): TypeaheadState {
  switch (action.type) {
    case "typed": {
      const searchable = isSearchable(action.query)
      return {
        ...state,
        query: action.query,
        active: -1,
        open: searchable,
        status: searchable ? "loading" : "idle",
        // Keep the previous suggestions on screen while the new ones load (no flicker).
        suggestions: searchable ? state.suggestions : [],
      }
    }
    case "loaded":
      if (action.query !== state.query) return state
      return { ...state, answered: action.query, suggestions: action.suggestions, status: "ready", active: -1 }
    case "failed":
      if (action.query !== state.query) return state
      return { ...state, answered: action.query, suggestions: [], status: "error", active: -1 }
    case "move": {
      const count = optionCount(state)
      if (count === 0) return state
      if (!state.open) return { ...state, open: true, active: action.by === 1 ? 0 : count - 1 }
      // -1 (the text field) sits between the last and the first option.
      const next = state.active + action.by
      return { ...state, active: next >= count ? -1 : next < -1 ? count - 1 : next }
    }
    case "open":
      return isSearchable(state.query) ? { ...state, open: true } : state
    case "close":
      return { ...state, open: false, active: -1 }
    case "reset":
      return initialTypeahead
  }
}

/** What Enter does: open the active suggestion's book, or search for the words typed. */
export function enterTarget(state: TypeaheadState): { kind: "book"; href: string } | { kind: "search" } {
  const suggestion = state.open && state.active >= 0 ? state.suggestions[state.active] : undefined
  return suggestion ? { kind: "book", href: suggestion.href } : { kind: "search" }
}
