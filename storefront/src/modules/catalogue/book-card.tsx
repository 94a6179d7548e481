import Link from "next/link"
import type { BookSummary } from "@/lib/catalogue/book"
import { formatPriceFrom } from "@/lib/catalogue/money"
import { BookCover } from "./book-cover"
import styles from "./book-card.module.css"

export function BookCard({ book, countryCode }: { book: BookSummary; countryCode: string }) {
  return (
    <article className={styles.card}>
      <Link href={`/${countryCode}/books/${book.handle}`} className={styles.link}>
        <BookCover book={book} decorative />
        <h2 className={styles.title}>{book.title}</h2>
      </Link>
      {book.authors.length > 0 ? <p className={styles.authors}>{book.authors.join(", ")}</p> : null}
      <p className={styles.price}>
        {book.fromPrice
          ? formatPriceFrom(book.fromPrice, book.priceVaries, countryCode)
          : "Not sold in your region"}
      </p>
      {book.fromPrice && !book.orderable ? <p className={styles.soldOut}>Out of stock</p> : null}
    </article>
  )
}
