import { availabilityLabels, type Format } from "@/lib/catalogue/book"
import { formatMoney } from "@/lib/catalogue/money"
import type { Publication } from "@/lib/catalogue/publication"
import { canBuy } from "@/lib/cart/buyable"
import { preorderLabel } from "@/lib/cart/preorder"
import { AddToCart } from "@/modules/cart/add-to-cart"
import styles from "./format-list.module.css"

type Props = {
  formats: Format[]
  countryCode: string
  /** With these, each format that can be ordered gets its buy button (or pre-order button). */
  bookTitle?: string
  publication?: Publication
}

/** Each format (Paperback, Hardback, Ebook) with its own price, availability, ISBN and pages. */
export function FormatList({ formats, countryCode, bookTitle, publication }: Props) {
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
          {bookTitle && canBuy(format, publication) ? (
            <div className={styles.buy}>
              <AddToCart
                countryCode={countryCode}
                variantId={format.id}
                label={preorderLabel(publication, countryCode, format.preorderTerms) ?? "Add to cart"}
                description={`${format.name} of ${bookTitle}`}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
