import Link from "next/link"
import { Fragment } from "react"
import { creditLines, nameSeparators, type Credit } from "@/lib/catalogue/credits"
import styles from "./credit-lines.module.css"

/**
 * "by Alan Woods and Ted Grant", "Introduction by Rob Sewell", … with each name linking to the
 * contributor's author page.
 */
export function CreditLines({ credits, countryCode }: { credits: Credit[]; countryCode: string }) {
  const lines = creditLines(credits)
  if (lines.length === 0) return null
  return (
    <ul className={styles.lines}>
      {lines.map((line) => (
        <li key={line.role} className={line.role === "author" ? styles.authors : styles.other}>
          {line.lead} <Names people={line.people} countryCode={countryCode} />
        </li>
      ))}
    </ul>
  )
}

/** Names joined like "A, B and C", each a link when the contributor has an author page. */
function Names({ people, countryCode }: { people: Credit[]; countryCode: string }) {
  const separators = nameSeparators(people.length)
  return (
    <>
      {people.map((person, i) => (
        <Fragment key={`${person.handle ?? person.name}-${i}`}>
          {person.handle ? (
            <Link href={`/${countryCode}/authors/${person.handle}`}>{person.name}</Link>
          ) : (
            person.name
          )}
          {separators[i] ?? ""}
        </Fragment>
      ))}
    </>
  )
}
