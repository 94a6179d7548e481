import Link from "next/link"
import type { ReactNode } from "react"
import type { CataloguePage } from "@/lib/data/search"
import type { FacetParam } from "@/modules/search/search-state"
import styles from "@/modules/search/search-template.module.css"
import { CatalogueForm } from "./catalogue-form"
import { CataloguePagination } from "./catalogue-pagination"
import { BookGrid } from "./book-grid"
import {
  catalogueHref,
  clearCatalogueFilters,
  toggleCatalogueFilter,
  withCataloguePage,
  type CatalogueState,
} from "./catalogue-state"

type Props = {
  countryCode: string
  basePath: string
  state: CatalogueState
  page: CataloguePage
  /** The page's own filters (a series page's series). */
  fixed?: Partial<Record<FacetParam, string[]>>
  priceSortable: boolean
  /** The page's heading and introduction. */
  header: ReactNode
}

/** The catalogue or a series: filters with counts, sort, one page of books, page links. */
export function CatalogueTemplate({ countryCode, basePath, state, page, fixed = {}, priceSortable, header }: Props) {
  const selected = page.facets.flatMap((group) =>
    group.values.filter((value) => value.selected).map((value) => ({ group, value }))
  )
  const cleared = catalogueHref(basePath, clearCatalogueFilters(state, fixed), fixed)
  const beyondLastPage = page.books.length === 0 && page.count > 0
  return (
    <>
      <header className={styles.header}>
        {header}
        <p className={styles.count} role="status">
          {page.count === 1 ? "1 book" : `${page.count.toLocaleString("en-GB")} books`}
          {page.pageCount > 1 && !beyondLastPage ? `, page ${page.page} of ${page.pageCount}` : ""}
        </p>
      </header>
      <CatalogueForm
        key={catalogueHref(basePath, state, fixed)}
        basePath={basePath}
        state={state}
        facets={page.facets}
        fixed={fixed}
        priceSortable={priceSortable}
      >
        {selected.length > 0 ? (
          <ul className={styles.chips} aria-label="Active filters">
            {selected.map(({ group, value }) => (
              <li key={`${group.param}:${value.value}`}>
                <Link href={catalogueHref(basePath, toggleCatalogueFilter(state, group.param, value.value), fixed)}>
                  {group.label}: {value.label} <span aria-hidden="true">×</span>
                  <span className="visually-hidden"> (remove)</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href={cleared}>Clear all filters</Link>
            </li>
          </ul>
        ) : null}
        {page.books.length > 0 ? (
          <>
            <BookGrid books={page.books} countryCode={countryCode} />
            <CataloguePagination basePath={basePath} state={state} pageCount={page.pageCount} fixed={fixed} />
          </>
        ) : beyondLastPage ? (
          <section className={styles.empty} aria-labelledby="no-results">
            <h2 id="no-results">There is no page {page.page}</h2>
            <p>
              <Link href={catalogueHref(basePath, withCataloguePage(state, page.pageCount), fixed)}>
                Go to the last page ({page.pageCount})
              </Link>
            </p>
          </section>
        ) : (
          <section className={styles.empty} aria-labelledby="no-results">
            <h2 id="no-results">No books match these filters</h2>
            {selected.length > 0 ? (
              <p>
                <Link href={cleared}>Clear filters</Link> to see every book.
              </p>
            ) : (
              <p>There are no books here yet. Please come back soon.</p>
            )}
          </section>
        )}
      </CatalogueForm>
    </>
  )
}
