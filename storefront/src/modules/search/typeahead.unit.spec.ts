import { describe, expect, it } from "@jest/globals"
import type { Suggestion } from "./suggestions"
import { enterTarget, initialTypeahead, optionCount, typeaheadReducer, type TypeaheadAction, type TypeaheadState } from "./typeahead"

const suggestion = (n: number): Suggestion => ({
  id: `prod_${n}`,
  handle: `book-${n}`,
  href: `/gb/books/book-${n}`,
  title: `Book ${n}`,
  author: null,
  coverUrl: null,
  price: null,
})

const run = (...actions: TypeaheadAction[]): TypeaheadState => actions.reduce(typeaheadReducer, initialTypeahead)

describe("typeaheadReducer", () => {
  it("opens once two characters are typed and shows the answer to the latest query only", () => {
    expect(run({ type: "typed", query: "t" })).toMatchObject({ open: false, status: "idle" })
    const state = run(
      { type: "typed", query: "tro" },
      { type: "typed", query: "trotksy" },
      { type: "loaded", query: "tro", suggestions: [suggestion(9)] },
      { type: "loaded", query: "trotksy", suggestions: [suggestion(1), suggestion(2)] }
    )
    expect(state).toMatchObject({ open: true, status: "ready", answered: "trotksy", active: -1 })
    expect(state.suggestions.map((s) => s.id)).toEqual(["prod_1", "prod_2"])
    expect(optionCount(state)).toBe(3)
  })

  it("moves through the options with the arrow keys, wrapping through the text field", () => {
    const loaded = run({ type: "typed", query: "lenin" }, { type: "loaded", query: "lenin", suggestions: [suggestion(1), suggestion(2)] })
    const down = (state: TypeaheadState) => typeaheadReducer(state, { type: "move", by: 1 })
    const up = (state: TypeaheadState) => typeaheadReducer(state, { type: "move", by: -1 })
    expect(down(loaded).active).toBe(0)
    expect(down(down(down(loaded))).active).toBe(2) // "See all results"
    expect(down(down(down(down(loaded)))).active).toBe(-1)
    expect(up(loaded).active).toBe(2)
    const closed = typeaheadReducer(loaded, { type: "close" })
    expect(closed).toMatchObject({ open: false, active: -1 })
    expect(down(closed)).toMatchObject({ open: true, active: 0 })
  })

  it("clears the list when the words are deleted, and after a failure", () => {
    const loaded = run({ type: "typed", query: "lenin" }, { type: "loaded", query: "lenin", suggestions: [suggestion(1)] })
    expect(typeaheadReducer(loaded, { type: "typed", query: "" })).toMatchObject({ open: false, suggestions: [] })
    expect(typeaheadReducer(loaded, { type: "failed", query: "lenin" })).toMatchObject({ status: "error", suggestions: [] })
  })
})

describe("enterTarget", () => {
  const loaded = run({ type: "typed", query: "lenin" }, { type: "loaded", query: "lenin", suggestions: [suggestion(1)] })

  it("opens the highlighted book", () => {
    expect(enterTarget(typeaheadReducer(loaded, { type: "move", by: 1 }))).toEqual({ kind: "book", href: "/gb/books/book-1" })
  })

  it("searches when nothing or “See all results” is highlighted", () => {
    expect(enterTarget(loaded)).toEqual({ kind: "search" })
    const seeAll = typeaheadReducer(typeaheadReducer(loaded, { type: "move", by: 1 }), { type: "move", by: 1 })
    expect(enterTarget(seeAll)).toEqual({ kind: "search" })
  })
})
