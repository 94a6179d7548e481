import Link from "next/link"
import type { Book } from "@/lib/catalogue/book"
import { formatDay } from "@/lib/catalogue/publication"
import { siteName } from "@/lib/site"
import styles from "./book-details.module.css"

/** The bibliographic facts of a work, as a description list. Format facts are in FormatList. */
export function BookDetails({ book, countryCode }: { book: Book; countryCode: string }) {
  const { date, status } = book.publication
  return (
    <dl className={styles.details}>
      {date ? (
        <div>
          <dt>{status === "active" ? "Published" : "Publication date"}</dt>
          <dd>
            <time dateTime={date}>{formatDay(date, countryCode)}</time>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Publisher</dt>
        <dd>{siteName}</dd>
      </div>
      {book.edition ? (
        <div>
          <dt>Edition</dt>
          <dd>{book.edition}</dd>
        </div>
      ) : null}
      {book.language ? (
        <div>
          <dt>Language</dt>
          <dd>{book.language}</dd>
        </div>
      ) : null}
      {book.series ? (
        <div>
          <dt>Series</dt>
          <dd>
            <Link href={`/${countryCode}/series/${book.series.handle}`}>{book.series.title}</Link>
          </dd>
        </div>
      ) : null}
      {book.subjects.length > 0 ? (
        <div>
          <dt>{book.subjects.length === 1 ? "Subject" : "Subjects"}</dt>
          {book.subjects.map((subject) => (
            <dd key={subject.handle}>
              <Link href={`/${countryCode}/books?${new URLSearchParams({ subject: subject.name })}`}>{subject.name}</Link>
            </dd>
          ))}
        </div>
      ) : null}
    </dl>
  )
}
