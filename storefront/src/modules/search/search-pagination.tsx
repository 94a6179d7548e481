import Link from "next/link"
import { pageWindow, searchHref, withPage, type SearchState } from "./search-state"
import styles from "./search-template.module.css"

export function SearchPagination({ countryCode, state, pageCount }: { countryCode: string; state: SearchState; pageCount: number }) {
  if (pageCount <= 1) return null
  const href = (page: number) => searchHref(countryCode, withPage(state, page))
  return (
    <nav aria-label="Result pages" className={styles.pagination}>
      {state.page > 1 ? <Link href={href(state.page - 1)} rel="prev">Previous</Link> : null}
      <ol>
        {pageWindow(state.page, pageCount).map((entry, i) =>
          entry === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">…</li>
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
      {state.page < pageCount ? <Link href={href(state.page + 1)} rel="next">Next</Link> : null}
    </nav>
  )
}
