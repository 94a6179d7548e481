import { totalsRows, type CartTotals } from "@/lib/cart/cart-view"
import { formatMoney, type Money } from "@/lib/catalogue/money"
import styles from "./cart.module.css"

/** Items, discount, shipping (or its estimate), tax and total, as a definition list. */
export function TotalsTable({ totals, countryCode, shippingEstimate = null }: { totals: CartTotals; countryCode: string; shippingEstimate?: Money | null }) {
  return (
    <dl className={styles.totals}>
      {totalsRows(totals, shippingEstimate).map((row) => (
        <div key={row.label} className={styles.totalsRow} data-kind={row.kind}>
          <dt>{row.label}</dt>
          <dd>
            {row.amount
              ? `${row.kind === "discount" ? "−" : ""}${row.note === "from" ? "from " : ""}${formatMoney(row.amount, countryCode)}`
              : row.note}
          </dd>
        </div>
      ))}
    </dl>
  )
}
