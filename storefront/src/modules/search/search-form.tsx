"use client"

import { useRouter } from "next/navigation"
import { useRef, type ChangeEvent, type ReactNode } from "react"
import type { FacetGroup } from "./search-request"
import { parseSearchParams, searchHref, sortOptions, type RawSearchParams, type SearchState, type SortOption } from "./search-state"
import styles from "./search-form.module.css"

const sortLabels: Record<SortOption, string> = {
  relevance: "Relevance",
  newest: "Newest",
  title: "Title (A–Z)",
  "price-asc": "Price (low to high)",
  "price-desc": "Price (high to low)",
}

type Props = {
  countryCode: string
  state: SearchState
  facets: FacetGroup[]
  /** Can the region's prices be sorted on (the index holds its currency)? */
  priceSortable: boolean
  children: ReactNode
}

/**
 * The results page's controls: sort and filter checkboxes in one GET form (the words ride
 * along hidden), so the URL holds the whole search and it all works without JavaScript
 * ("Apply filters"). With JavaScript a change applies at once.
 */
export function SearchForm({ countryCode, state, facets, priceSortable, children }: Props) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)

  const apply = () => {
    if (!form.current) return
    const params: RawSearchParams = {}
    for (const [name, value] of new FormData(form.current)) {
      if (typeof value !== "string") continue
      const existing = params[name]
      params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
    }
    router.push(searchHref(countryCode, parseSearchParams(params)))
  }
  const applyOnChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement || event.target.type === "checkbox") apply()
  }

  return (
    <form
      ref={form}
      action={`/${countryCode}/search`}
      method="get"
      className={facets.length > 0 ? styles.layout : `${styles.layout} ${styles.noFacets}`}
      onSubmit={(event) => {
        event.preventDefault()
        apply()
      }}
      onChange={applyOnChange}
    >
      <div className={styles.toolbar}>
        {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
        <label className={styles.sort}>
          Sort by{" "}
          <select name="sort" defaultValue={state.sort}>
            {sortOptions
              .filter((option) => priceSortable || !option.startsWith("price"))
              .map((option) => (
                <option key={option} value={option}>
                  {sortLabels[option]}
                </option>
              ))}
          </select>
        </label>
      </div>
      {facets.length > 0 ? (
        <aside className={styles.facets} aria-label="Filters">
          {facets.map((group) => (
            <fieldset key={group.param} className={styles.group}>
              <legend>{group.label}</legend>
              <ul>
                {group.values.map((value) => (
                  <li key={value.value}>
                    <label>
                      <input type="checkbox" name={group.param} value={value.value} defaultChecked={value.selected} />
                      <span className={styles.label}>{value.label}</span>
                      <span className={styles.count}>{value.count}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <button type="submit" className="button button-quiet">
            Apply filters
          </button>
        </aside>
      ) : null}
      <div className={styles.results}>{children}</div>
    </form>
  )
}
