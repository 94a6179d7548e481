import Link from "next/link"
import { formatMoney } from "@/lib/catalogue/money"
import { BookCover } from "@/modules/catalogue/book-cover"
import { availabilityLabel, type SearchBook } from "./search-request"
import { authorLine } from "./suggestions"
import styles from "./search-result-list.module.css"

/** Books found, as cards: cover, title, authors, price in the region's currency, availability. */
export function SearchResultList({ books, countryCode }: { books: SearchBook[]; countryCode: string }) {
  return (
    <ul className={styles.grid}>
      {books.map((book) => {
        const byline = authorLine(book.authors)
        const availability = availabilityLabel(book, countryCode)
        return (
          <li key={book.id}>
            <article className={styles.card}>
              <Link href={`/${countryCode}/books/${encodeURIComponent(book.handle)}`} className={styles.link}>
                <BookCover book={book} decorative />
                <h2 className={styles.title}>{book.title}</h2>
              </Link>
              {book.subtitle ? <p className={styles.subtitle}>{book.subtitle}</p> : null}
              {byline ? <p className={styles.authors}>{byline}</p> : null}
              <p className={styles.price}>{book.price ? formatMoney(book.price, countryCode) : "Not sold in your region"}</p>
              {availability ? (
                <p className={styles.availability} data-availability={book.availability}>
                  {availability}
                </p>
              ) : null}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
