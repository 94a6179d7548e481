import Link from "next/link"
import type { Book } from "@/lib/catalogue/book"
import { joinNames } from "@/lib/catalogue/credits"
import { publicationNotice, todayIso } from "@/lib/catalogue/publication"
import { paragraphs } from "@/lib/catalogue/text"
import { BookCover } from "./book-cover"
import { BookDetails } from "./book-details"
import { BookJsonLd } from "./book-json-ld"
import { CreditLines } from "./credit-lines"
import { FormatList } from "./format-list"
import styles from "./book-template.module.css"

export function BookTemplate({ book, countryCode }: { book: Book; countryCode: string }) {
  const about = paragraphs(book.description)
  const notice = publicationNotice(book.publication, countryCode, todayIso())
  return (
    <article className={styles.book}>
      <BookJsonLd book={book} countryCode={countryCode} />
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href={`/${countryCode}`}>All books</Link>
      </nav>
      <div className={styles.cover}>
        <BookCover book={book} size="large" />
      </div>
      <div className={styles.details}>
        <header className={styles.heading}>
          <h1>{book.title}</h1>
          {book.subtitle ? <p className={styles.subtitle}>{book.subtitle}</p> : null}
          {book.credits.length > 0 ? (
            <CreditLines credits={book.credits} countryCode={countryCode} />
          ) : book.authors.length > 0 ? (
            <p className={styles.authors}>by {joinNames(book.authors)}</p>
          ) : null}
          {notice ? (
            <p className={styles.notice} data-status={book.publication.status}>
              {notice}
            </p>
          ) : null}
        </header>
        <section aria-labelledby="formats" className={styles.section}>
          <h2 id="formats">Formats</h2>
          <FormatList formats={book.formats} countryCode={countryCode} bookTitle={book.title} publication={book.publication} />
        </section>
        {about.length > 0 ? (
          <section aria-labelledby="about" className={`${styles.section} ${styles.about}`}>
            <h2 id="about">About this book</h2>
            {about.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
          </section>
        ) : null}
        <section aria-labelledby="details" className={styles.section}>
          <h2 id="details">Details</h2>
          <BookDetails book={book} countryCode={countryCode} />
        </section>
      </div>
    </article>
  )
}
