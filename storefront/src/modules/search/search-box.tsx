"use client"

import { usePathname, useRouter } from "next/navigation"
import { useEffect, useId, useReducer, useRef, type KeyboardEvent } from "react"
import { coverTone } from "@/lib/catalogue/cover"
import { searchHref, parseSearchParams, maxQueryLength } from "./search-state"
import type { Suggestion } from "./suggestions"
import { debounceMs, enterTarget, initialTypeahead, isSearchable, typeaheadReducer } from "./typeahead"
import styles from "./search-box.module.css"

type Props = {
  countryCode: string
  /** The words already searched for (the results page); empty in the header. */
  initialQuery?: string
}

/**
 * The header's book search: a form that works without JavaScript (GET /<country>/search?q=),
 * enhanced into an ARIA combobox with a debounced typeahead. Suggestions come from the
 * storefront's own /api/search-suggest route; every word is rendered as text.
 */
export function SearchBox({ countryCode, initialQuery = "" }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const [state, dispatch] = useReducer(typeaheadReducer, { ...initialTypeahead, query: initialQuery, answered: initialQuery })
  const id = useId()
  const listId = `${id}-suggestions`
  const optionId = (index: number) => `${id}-option-${index}`
  const inputRef = useRef<HTMLInputElement>(null)
  const query = state.query.trim()

  // Suggestions are fetched while the list is open (typing opens it), a moment after the last key.
  useEffect(() => {
    if (!state.open || !isSearchable(query)) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: query, country: countryCode })
        const response = await fetch(`/api/search-suggest?${params}`, { signal: controller.signal })
        const body = (await response.json()) as { suggestions?: Suggestion[] }
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        dispatch({ type: "loaded", query: state.query, suggestions: body.suggestions ?? [] })
      } catch {
        if (!controller.signal.aborted) dispatch({ type: "failed", query: state.query })
      }
    }, debounceMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [state.open, query, state.query, countryCode])

  // A new page (a suggestion followed, a search made) closes the list.
  useEffect(() => dispatch({ type: "close" }), [pathname])

  const resultsHref = searchHref(countryCode, parseSearchParams({ q: query }))
  const go = (href: string) => {
    dispatch({ type: "close" })
    router.push(href)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      dispatch({ type: "move", by: event.key === "ArrowDown" ? 1 : -1 })
    } else if (event.key === "Escape") {
      // Open list: close it and keep the words (a search field would clear itself). Closed: clear.
      if (state.open) {
        event.preventDefault()
        dispatch({ type: "close" })
      } else dispatch({ type: "reset" })
    } else if (event.key === "Tab") {
      dispatch({ type: "close" })
    }
  }

  const target = enterTarget(state)
  const showList = state.open && isSearchable(query)
  const activeId = showList && state.active >= 0 ? optionId(state.active) : undefined
  const announcement =
    state.status === "ready" && state.answered.trim() === query
      ? `${state.suggestions.length} ${state.suggestions.length === 1 ? "suggestion" : "suggestions"}`
      : state.status === "error"
        ? "Suggestions are unavailable"
        : ""

  return (
    <form
      role="search"
      action={`/${countryCode}/search`}
      method="get"
      className={styles.box}
      onSubmit={(event) => {
        event.preventDefault()
        if (target.kind === "book") go(target.href)
        else if (query) go(resultsHref)
        else inputRef.current?.focus()
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search books
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        name="q"
        placeholder="Search titles, authors, ISBNs"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxQueryLength}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        value={state.query}
        onChange={(event) => dispatch({ type: "typed", query: event.target.value })}
        onKeyDown={onKeyDown}
        onFocus={() => dispatch({ type: "open" })}
        onBlur={() => dispatch({ type: "close" })}
      />
      <button type="submit" className={styles.submit}>
        <span className="visually-hidden">Search</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className={styles.listbox} hidden={!showList}>
        {state.suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === state.active}
            className={styles.option}
            // Keeps the focus in the text field, so the list does not close before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(suggestion.href)}
          >
            <SuggestionCover suggestion={suggestion} />
            <span className={styles.text}>
              <span className={styles.title}>{suggestion.title}</span>
              {suggestion.author ? <span className={styles.author}>{suggestion.author}</span> : null}
            </span>
            {suggestion.price ? <span className={styles.price}>{suggestion.price}</span> : null}
          </li>
        ))}
        <li
          id={optionId(state.suggestions.length)}
          role="option"
          aria-selected={state.active === state.suggestions.length}
          className={`${styles.option} ${styles.all}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => go(resultsHref)}
        >
          {state.status === "ready" && state.suggestions.length === 0 ? "No quick matches: search all books for " : "See all results for "}
          <q>{query}</q>
        </li>
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {showList ? announcement : ""}
      </p>
    </form>
  )
}

function SuggestionCover({ suggestion }: { suggestion: Suggestion }) {
  if (suggestion.coverUrl) {
    return <img src={suggestion.coverUrl} alt="" className={styles.cover} loading="lazy" />
  }
  return (
    <span className={`${styles.cover} ${styles.generated}`} data-tone={coverTone(suggestion.handle)} aria-hidden="true">
      {suggestion.title}
    </span>
  )
}
