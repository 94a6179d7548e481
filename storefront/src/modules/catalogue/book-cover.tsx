import { coverTone } from "@/lib/catalogue/cover"
import { authorLine } from "@/lib/catalogue/credits"
import type { BookSummary } from "@/lib/catalogue/book"
import styles from "./book-cover.module.css"

type Props = {
  book: Pick<BookSummary, "handle" | "title" | "subtitle" | "authors" | "coverUrl">
  /** In a card the title is printed beside the cover, so the image is decorative there. */
  decorative?: boolean
  size?: "card" | "large"
}

/** The uploaded cover, or a typographic cover generated from the title and authors. */
export function BookCover({ book, decorative = false, size = "card" }: Props) {
  const className = `${styles.cover} ${size === "large" ? styles.large : ""}`
  if (book.coverUrl) {
    return (
      // A plain <img>: covers are served as they are (next/image optimisation is off here).
      <img
        src={book.coverUrl}
        alt={decorative ? "" : `Cover of ${book.title}`}
        className={className}
        loading={size === "large" ? "eager" : "lazy"}
        // The book page's cover is its largest paint: fetch it before other images.
        fetchPriority={size === "large" ? "high" : undefined}
      />
    )
  }
  return (
    <div
      className={`${className} ${styles.generated}`}
      data-tone={coverTone(book.handle)}
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : `Cover of ${book.title}`}
      aria-hidden={decorative ? true : undefined}
    >
      <span className={styles.publisher}>Wellred</span>
      <span className={styles.title}>{book.title}</span>
      {book.authors.length > 0 ? <span className={styles.authors}>{authorLine(book.authors)}</span> : null}
    </div>
  )
}
