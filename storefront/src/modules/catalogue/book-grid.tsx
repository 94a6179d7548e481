import type { BookSummary } from "@/lib/catalogue/book"
import { BookCard } from "./book-card"
import styles from "./book-grid.module.css"

export function BookGrid({ books, countryCode }: { books: BookSummary[]; countryCode: string }) {
  return (
    <ul className={styles.grid}>
      {books.map((book) => (
        <li key={book.id}>
          <BookCard book={book} countryCode={countryCode} />
        </li>
      ))}
    </ul>
  )
}
