import Link from "next/link"
import type { Series } from "@/lib/catalogue/series"
import type { Shelf } from "@/lib/data/search"
import { BookGrid } from "./book-grid"
import { SeriesIndex } from "./series-index"
import styles from "./home-template.module.css"
import { FeaturedCampaign } from "@/modules/campaign/featured-campaign"

type Props = {
  countryCode: string
  /** Every book on sale (the catalogue's count). */
  total: number
  forthcoming: Shelf
  newTitles: Shelf
  featured: { series: Series; shelf: Shelf } | null
  series: Series[]
  seriesCounts: ReadonlyMap<string, number>
}

type ShelfSectionProps = { id: string; title: string; more?: { href: string; label: string }; books: Shelf["books"]; countryCode: string; intro?: string | null }

function ShelfSection({ id, title, more, books, countryCode, intro }: ShelfSectionProps) {
  if (books.length === 0) return null
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id={id}>{title}</h2>
        {more ? (
          <Link href={more.href} className={styles.more}>
            {more.label}
          </Link>
        ) : null}
      </div>
      {intro ? <p className={styles.sectionIntro}>{intro}</p> : null}
      <BookGrid books={books} countryCode={countryCode} headingLevel={3} />
    </section>
  )
}

/** The shop's front page: forthcoming titles to pre-order, new titles, a featured series, every series. */
export function HomeTemplate({ countryCode, total, forthcoming, newTitles, featured, series, seriesCounts }: Props) {
  const books = `/${countryCode}/books`
  return (
    <>
      <header className={styles.intro}>
        <h1>Books</h1>
        <p>Marxist theory, history and politics, in paperback, hardback and ebook.</p>
        {total > 0 ? (
          <p>
            <Link href={books} className="button">
              Browse all {total === 1 ? "1 book" : `${total.toLocaleString("en-GB")} books`}
            </Link>
          </p>
        ) : null}
      </header>
      <FeaturedCampaign countryCode={countryCode} />
      {total === 0 ? <p>No books are on sale here yet. Please come back soon.</p> : null}
      <ShelfSection
        id="forthcoming"
        title="Forthcoming: pre-order now"
        books={forthcoming.books}
        countryCode={countryCode}
        more={forthcoming.count > forthcoming.books.length ? { href: `${books}?availability=preorder`, label: `All ${forthcoming.count} forthcoming titles` } : undefined}
      />
      <ShelfSection
        id="new-titles"
        title="New titles"
        books={newTitles.books}
        countryCode={countryCode}
        more={{ href: books, label: "All books, newest first" }}
      />
      {featured ? (
        <ShelfSection
          id="featured"
          title={`Featured: ${featured.series.title}`}
          intro={featured.series.description}
          books={featured.shelf.books}
          countryCode={countryCode}
          more={{ href: `/${countryCode}/series/${featured.series.handle}`, label: `The whole series (${featured.shelf.count})` }}
        />
      ) : null}
      {series.some((s) => (seriesCounts.get(s.title) ?? 0) > 0) ? (
        <section aria-labelledby="series" className={styles.section}>
          <div className={styles.sectionHead}>
            <h2 id="series">Series</h2>
            <Link href={`/${countryCode}/series`} className={styles.more}>
              Every series
            </Link>
          </div>
          <SeriesIndex series={series} counts={seriesCounts} countryCode={countryCode} headingLevel={3} />
        </section>
      ) : null}
    </>
  )
}
