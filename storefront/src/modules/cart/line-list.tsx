import Link from "next/link"
import type { CartLine } from "@/lib/cart/cart-view"
import { preorderShipNote } from "@/lib/cart/preorder"
import { formatMoney } from "@/lib/catalogue/money"
import styles from "./cart.module.css"
import { QuantityForm } from "./quantity-form"
import { RemoveLineButton } from "./remove-line-button"

type Props = { lines: CartLine[]; countryCode: string; editable?: boolean }

/** The cart's (or an order's) lines: title, format, pre-order date, price, quantity and total. */
export function LineList({ lines, countryCode, editable = false }: Props) {
  return (
    <ul className={styles.lines}>
      {lines.map((line) => {
        const preorder = preorderShipNote(line.publication, countryCode, line.preorderTerms)
        return (
          <li key={line.id} className={styles.line}>
            <div className={styles.lineBook}>
              <p className={styles.lineTitle}>
                {line.handle ? <Link href={`/${countryCode}/books/${line.handle}`}>{line.title}</Link> : line.title}
              </p>
              {line.format ? <p className={styles.lineFormat}>{line.format}</p> : null}
              {preorder ? <p className={styles.preorder}>{preorder}</p> : null}
              <p className={styles.unitPrice}>{formatMoney(line.unitPrice, countryCode)} each</p>
            </div>
            <div className={styles.lineQuantity}>
              {editable ? (
                <>
                  <QuantityForm lineId={line.id} quantity={line.quantity} label={`Quantity of ${line.title}${line.format ? `, ${line.format}` : ""}`} />
                  <RemoveLineButton lineId={line.id} description={`${line.title}${line.format ? `, ${line.format}` : ""}`} />
                </>
              ) : (
                <p className={styles.quantityText}>Qty {line.quantity}</p>
              )}
            </div>
            <p className={styles.lineTotal}>{formatMoney(line.total, countryCode)}</p>
          </li>
        )
      })}
    </ul>
  )
}
