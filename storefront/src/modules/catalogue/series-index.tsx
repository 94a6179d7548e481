import Link from "next/link"
import type { Series } from "@/lib/catalogue/series"
import styles from "./series.module.css"

type Props = {
  series: Series[]
  /** Books per series title (the catalogue's series facet). */
  counts: ReadonlyMap<string, number>
  countryCode: string
  /** 2 on the series page (under its h1), 3 inside a home-page section. */
  headingLevel?: 2 | 3
}

/** Series that have books on sale, each with its description and number of titles. */
export function SeriesIndex({ series, counts, countryCode, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2"
  const listed = series.filter((s) => (counts.get(s.title) ?? 0) > 0)
  if (listed.length === 0) return <p>No series have books on sale yet.</p>
  return (
    <ul className={styles.list}>
      {listed.map((s) => {
        const count = counts.get(s.title) ?? 0
        return (
          <li key={s.id} className={styles.item}>
            <Heading className={styles.title}>
              <Link href={`/${countryCode}/series/${s.handle}`}>{s.title}</Link>
            </Heading>
            {s.description ? <p className={styles.description}>{s.description}</p> : null}
            <p className={styles.count}>{count === 1 ? "1 book" : `${count} books`}</p>
          </li>
        )
      })}
    </ul>
  )
}
