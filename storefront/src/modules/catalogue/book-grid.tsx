import type { BookSummary } from "@/lib/catalogue/book"
import type { ContributorRole } from "@/lib/catalogue/credits"
import { todayIso } from "@/lib/catalogue/publication"
import { BookCard } from "./book-card"
import styles from "./book-grid.module.css"

type Props = {
  books: BookSummary[]
  countryCode: string
  headingLevel?: 2 | 3
  /** Role badges per book id (an author page: "Editor", "Introduction"). */
  rolesByBook?: ReadonlyMap<string, readonly ContributorRole[]>
}

export function BookGrid({ books, countryCode, headingLevel, rolesByBook }: Props) {
  const today = todayIso()
  return (
    <ul className={styles.grid}>
      {books.map((book) => (
        <li key={book.id}>
          <BookCard
            book={book}
            countryCode={countryCode}
            today={today}
            headingLevel={headingLevel}
            roles={rolesByBook?.get(book.id)}
          />
        </li>
      ))}
    </ul>
  )
}
