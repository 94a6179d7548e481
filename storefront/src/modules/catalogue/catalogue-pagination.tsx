import Link from "next/link"
import { pageWindow } from "@/modules/search/search-state"
import type { FacetParam } from "@/modules/search/search-state"
import styles from "@/modules/search/search-template.module.css"
import { catalogueHref, withCataloguePage, type CatalogueState } from "./catalogue-state"

type Props = {
  basePath: string
  state: CatalogueState
  pageCount: number
  fixed?: Partial<Record<FacetParam, string[]>>
}

/** Previous / numbered / next page links; every page is a real URL the server renders. */
export function CataloguePagination({ basePath, state, pageCount, fixed }: Props) {
  if (pageCount <= 1) return null
  const href = (page: number) => catalogueHref(basePath, withCataloguePage(state, page), fixed)
  return (
    <nav aria-label="Catalogue pages" className={styles.pagination}>
      {state.page > 1 ? (
        <Link href={href(Math.min(state.page - 1, pageCount))} rel="prev">
          Previous
        </Link>
      ) : null}
      <ol>
        {pageWindow(Math.min(state.page, pageCount), pageCount).map((entry, i) =>
          entry === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>
              {entry === state.page ? (
                <span aria-current="page">{entry}</span>
              ) : (
                <Link href={href(entry)} aria-label={`Page ${entry}`}>
                  {entry}
                </Link>
              )}
            </li>
          )
        )}
      </ol>
      {state.page < pageCount ? (
        <Link href={href(state.page + 1)} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  )
}
