import type { BookPage } from "@/lib/data/products"
import { BookGrid } from "./book-grid"
import styles from "./home-template.module.css"
import { FeaturedCampaign } from "@/modules/campaign/featured-campaign"

export function HomeTemplate({ page, countryCode }: { page: BookPage; countryCode: string }) {
  const { books, count } = page
  return (
    <>
      <header className={styles.intro}>
        <h1>Books</h1>
        <p>Marxist theory, history and politics, in paperback, hardback and ebook.</p>
      </header>
      <FeaturedCampaign countryCode={countryCode} />
      {books.length > 0 ? (
        <>
          <p className={styles.count}>
            {count > books.length ? `Showing ${books.length} of ${count} books` : `${count} ${count === 1 ? "book" : "books"}`}
          </p>
          <BookGrid books={books} countryCode={countryCode} />
        </>
      ) : (
        <p>No books are on sale here yet. Please come back soon.</p>
      )}
    </>
  )
}
