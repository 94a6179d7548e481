import Link from "next/link"
import type { BookSummary } from "@/lib/catalogue/book"
import { roleBadges, type Contributor } from "@/lib/catalogue/contributor"
import type { ContributorRole } from "@/lib/catalogue/credits"
import { paragraphs } from "@/lib/catalogue/text"
import { BookGrid } from "./book-grid"
import styles from "./author-template.module.css"

type Props = { contributor: Contributor; books: BookSummary[]; countryCode: string }

/** An author page: who they are, and their books on sale here with the role they had on each. */
export function AuthorTemplate({ contributor, books, countryCode }: Props) {
  const bio = paragraphs(contributor.bio)
  const rolesByBook = new Map<string, ContributorRole[]>(
    contributor.books.map((b) => [b.productId, roleBadges(b.roles)])
  )
  return (
    <article className={styles.author}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href={`/${countryCode}`}>All books</Link>
      </nav>
      <header className={styles.intro}>
        {contributor.photoUrl ? (
          <img src={contributor.photoUrl} alt={`Photo of ${contributor.name}`} className={styles.photo} />
        ) : null}
        <div>
          <h1>{contributor.name}</h1>
          {bio.map((text, i) => (
            <p key={i} className={styles.bio}>
              {text}
            </p>
          ))}
        </div>
      </header>
      <section aria-labelledby="books">
        <h2 id="books" className={styles.booksHeading}>
          Books by {contributor.name}
        </h2>
        {books.length > 0 ? (
          <BookGrid books={books} countryCode={countryCode} headingLevel={3} rolesByBook={rolesByBook} />
        ) : (
          <p>None of {contributor.name}’s books are on sale here at the moment.</p>
        )}
      </section>
    </article>
  )
}
