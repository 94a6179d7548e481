import { availabilityLabels, type Format } from "@/lib/catalogue/book"
import { formatMoney } from "@/lib/catalogue/money"
import styles from "./format-list.module.css"

/** Each format (Paperback, Hardback, Ebook) with its own price, availability, ISBN and pages. */
export function FormatList({ formats, countryCode }: { formats: Format[]; countryCode: string }) {
  if (formats.length === 0) return <p>This book has no formats on sale yet.</p>
  return (
    <ul className={styles.list}>
      {formats.map((format) => (
        <li key={format.id} className={styles.format}>
          <div className={styles.identity}>
            <h3 className={styles.name}>{format.name}</h3>
            {format.isbn || format.pages ? (
              <dl className={styles.facts}>
                {format.isbn ? (
                  <div>
                    <dt>ISBN</dt>
                    <dd className={styles.isbnNumber}>{format.isbn}</dd>
                  </div>
                ) : null}
                {format.pages ? (
                  <div>
                    <dt>Pages</dt>
                    <dd>{format.pages.toLocaleString("en-GB")}</dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
          </div>
          <p className={styles.price}>
            {format.price ? formatMoney(format.price, countryCode) : "Not sold in your region"}
          </p>
          {format.price ? (
            <p className={styles.availability} data-availability={format.availability}>
              {availabilityLabels[format.availability]}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
