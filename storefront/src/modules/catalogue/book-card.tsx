import Link from "next/link"
import type { BookSummary } from "@/lib/catalogue/book"
import { authorLine, roleLabels, type ContributorRole } from "@/lib/catalogue/credits"
import { formatPriceFrom } from "@/lib/catalogue/money"
import { publicationBadge, todayIso } from "@/lib/catalogue/publication"
import { buyableFormats } from "@/lib/cart/buyable"
import { openTerms, preorderLabel } from "@/lib/cart/preorder"
import { QuickAdd } from "@/modules/cart/quick-add"
import { BookCover } from "./book-cover"
import styles from "./book-card.module.css"

type Props = {
  book: BookSummary
  countryCode: string
  /** Today as "YYYY-MM-DD", for the forthcoming badge (a grid passes one value to every card). */
  today?: string
  /** The card title's heading level: 2 under the page's h1, 3 inside a titled section. */
  headingLevel?: 2 | 3
  /** The person's roles on this book other than author ("Editor"), on an author page. */
  roles?: readonly ContributorRole[]
}

export function BookCard({ book, countryCode, today = todayIso(), headingLevel = 2, roles = [] }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2"
  const byline = authorLine(book.authors)
  const badge = publicationBadge(book.publication, countryCode, today)
  return (
    <article className={styles.card}>
      <Link href={`/${countryCode}/books/${book.handle}`} className={styles.link}>
        <BookCover book={book} decorative />
        <Heading className={styles.title}>{book.title}</Heading>
      </Link>
      {byline ? <p className={styles.authors}>{byline}</p> : null}
      {badge || roles.length > 0 ? (
        <ul className={styles.badges}>
          {roles.map((role) => (
            <li key={role} className={styles.badge}>
              {roleLabels[role]}
            </li>
          ))}
          {badge ? (
            <li className={`${styles.badge} ${styles.publication}`} data-status={book.publication.status}>
              {badge}
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className={styles.price}>
        {book.fromPrice
          ? formatPriceFrom(book.fromPrice, book.priceVaries, countryCode)
          : "Not sold in your region"}
      </p>
      {book.fromPrice && !book.orderable && !badge ? <p className={styles.soldOut}>Out of stock</p> : null}
      <QuickAdd
        countryCode={countryCode}
        bookTitle={book.title}
        formats={buyableFormats(book.formats ?? [], book.publication, countryCode)}
        buttonLabel={preorderLabel(book.publication, countryCode, openTerms(book.formats ?? [])) ?? "Add to cart"}
      />
    </article>
  )
}
