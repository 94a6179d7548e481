"use client"

import { useRouter } from "next/navigation"
import { useRef, useTransition, type ChangeEvent, type ReactNode } from "react"
import type { FacetGroup } from "@/modules/search/search-request"
import type { FacetParam, RawSearchParams } from "@/modules/search/search-state"
import styles from "@/modules/search/search-form.module.css"
import {
  catalogueHref,
  catalogueSorts,
  parseCatalogueParams,
  perPageOptions,
  sortLabels,
  type CatalogueState,
} from "./catalogue-state"

type Props = {
  /** The page's address without a query ("/gb/books", "/gb/series/classics-of-marxism"). */
  basePath: string
  state: CatalogueState
  facets: FacetGroup[]
  /** The page's own filters (a series page's series), kept out of the form and the URL. */
  fixed?: Partial<Record<FacetParam, string[]>>
  /** Can the region's prices be sorted on (the index holds its currency)? */
  priceSortable: boolean
  children: ReactNode
}

/**
 * Sort and filter checkboxes with facet counts, in one GET form, so the URL holds the whole
 * state and it all works without JavaScript ("Apply filters"). With JavaScript a change applies
 * at once, and the results are marked busy while the next page loads.
 */
export function CatalogueForm({ basePath, state, facets, fixed = {}, priceSortable, children }: Props) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [pending, startTransition] = useTransition()

  const apply = () => {
    if (!form.current) return
    const params: RawSearchParams = {}
    for (const [name, value] of new FormData(form.current)) {
      if (typeof value !== "string") continue
      const existing = params[name]
      params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
    }
    const next = { ...parseCatalogueParams(params, fixed), page: 1 }
    startTransition(() => router.push(catalogueHref(basePath, next, fixed)))
  }
  const applyOnChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement || event.target.type === "checkbox") apply()
  }

  return (
    <form
      ref={form}
      action={basePath}
      method="get"
      className={facets.length > 0 ? styles.layout : `${styles.layout} ${styles.noFacets}`}
      onSubmit={(event) => {
        event.preventDefault()
        apply()
      }}
      onChange={applyOnChange}
    >
      <div className={styles.toolbar}>
        <label className={styles.sort}>
          Sort by{" "}
          <select name="sort" defaultValue={state.sort}>
            {catalogueSorts
              .filter((option) => priceSortable || !option.startsWith("price"))
              .map((option) => (
                <option key={option} value={option}>
                  {sortLabels[option]}
                </option>
              ))}
          </select>
        </label>
        <label className={styles.sort}>
          Show{" "}
          <select name="per" defaultValue={state.perPage}>
            {perPageOptions.map((option) => (
              <option key={option} value={option}>
                {option} a page
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
                      <span className={styles.count}>
                        {value.count}
                        <span className="visually-hidden">{value.count === 1 ? " book" : " books"}</span>
                      </span>
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
      <div className={styles.results} aria-busy={pending || undefined} data-pending={pending || undefined}>
        {children}
      </div>
    </form>
  )
}
