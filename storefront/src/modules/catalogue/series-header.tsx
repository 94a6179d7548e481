import Link from "next/link"
import type { Series } from "@/lib/catalogue/series"
import styles from "./series.module.css"

/** A series page's heading: its title, staff's description, and the way back to every series. */
export function SeriesHeader({ series, countryCode }: { series: Series; countryCode: string }) {
  return (
    <div className={styles.intro}>
      <p className={styles.kicker}>
        <Link href={`/${countryCode}/series`}>Series</Link>
      </p>
      <h1>{series.title}</h1>
      {series.description ? <p className={styles.description}>{series.description}</p> : null}
    </div>
  )
}
