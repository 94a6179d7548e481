import Link from "next/link"
import type { SearchPage } from "@/lib/data/search"
import type { SearchBook } from "./search-request"
import { SearchBox } from "./search-box"
import { SearchForm } from "./search-form"
import { SearchPagination } from "./search-pagination"
import { SearchResultList } from "./search-result-list"
import { hasFilters, searchHref, toggleFilter, withoutFilters, type SearchState } from "./search-state"
import styles from "./search-template.module.css"

type Props = {
  countryCode: string
  state: SearchState
  page: SearchPage
  priceSortable: boolean
  /** When nothing was found: a query that finds something, and books to offer instead. */
  didYouMean: string | null
  popular: SearchBook[]
}

/** The results page. Every word the reader typed is rendered as text (React escapes it). */
export function SearchTemplate({ countryCode, state, page, priceSortable, didYouMean, popular }: Props) {
  const filtered = hasFilters(state)
  const selected = page.facets.flatMap((group) =>
    group.values.filter((value) => value.selected).map((value) => ({ group, value }))
  )
  return (
    <>
      <header className={styles.header}>
        <h1>{state.q ? <>Results for <q>{state.q}</q></> : filtered ? "Filtered books" : "All books"}</h1>
        <p className={styles.count} role="status">
          {page.count === 1 ? "1 book" : `${page.count} books`}
          {page.pageCount > 1 ? `, page ${page.page} of ${page.pageCount}` : ""}
        </p>
        <div className={styles.searchBar}>
          <SearchBox key={state.q} countryCode={countryCode} initialQuery={state.q} />
        </div>
      </header>
      <SearchForm key={searchHref(countryCode, state)} countryCode={countryCode} state={state} facets={page.facets} priceSortable={priceSortable}>
        {selected.length > 0 ? (
          <ul className={styles.chips} aria-label="Active filters">
            {selected.map(({ group, value }) => (
              <li key={`${group.param}:${value.value}`}>
                <Link href={searchHref(countryCode, toggleFilter(state, group.param, value.value))}>
                  {group.label}: {value.label} <span aria-hidden="true">×</span>
                  <span className="visually-hidden"> (remove)</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href={searchHref(countryCode, withoutFilters(state))}>Clear all filters</Link>
            </li>
          </ul>
        ) : null}
        {page.books.length > 0 ? (
          <>
            <SearchResultList books={page.books} countryCode={countryCode} />
            <SearchPagination countryCode={countryCode} state={state} pageCount={page.pageCount} />
          </>
        ) : (
          <section className={styles.empty} aria-labelledby="no-results">
            <h2 id="no-results">
              {state.q ? <>No books match <q>{state.q}</q></> : "No books match these filters"}
              {state.q && filtered ? " with these filters" : ""}
            </h2>
            {didYouMean ? (
              <p className={styles.suggestion}>
                Did you mean{" "}
                <Link href={searchHref(countryCode, { ...state, q: didYouMean, page: 1 })}>
                  <q>{didYouMean}</q>
                </Link>
                ?
              </p>
            ) : null}
            <p>
              {filtered ? (
                <>
                  Try <Link href={searchHref(countryCode, withoutFilters(state))}>removing the filters</Link>, fewer words,
                  or an author&rsquo;s surname.
                </>
              ) : (
                <>Check the spelling, try fewer words, an author&rsquo;s surname or an ISBN.</>
              )}
            </p>
            {popular.length > 0 ? (
              <>
                <h2 className={styles.popularHeading}>Popular titles</h2>
                <SearchResultList books={popular} countryCode={countryCode} />
              </>
            ) : null}
          </section>
        )}
      </SearchForm>
    </>
  )
}
