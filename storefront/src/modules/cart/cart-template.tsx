import Link from "next/link"
import type { CartView } from "@/lib/cart/cart-view"
import { hasPreorders } from "@/lib/cart/order-view"
import type { Money } from "@/lib/catalogue/money"
import { LineList } from "./line-list"
import { ShipmentParts } from "./shipment-parts"
import { PromoCodeForm } from "./promo-code-form"
import { TotalsTable } from "./totals-table"
import styles from "./cart.module.css"

type Props = { cart: CartView | null; countryCode: string; shippingEstimate: Money | null; notice?: string | null }

export function CartTemplate({ cart, countryCode, shippingEstimate, notice = null }: Props) {
  if (!cart || cart.lines.length === 0) return <EmptyCart countryCode={countryCode} />
  return (
    <div className={styles.page}>
      <h1>Your cart</h1>
      {notice ? (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      ) : null}
      <div className={styles.layout}>
        <section aria-labelledby="cart-books">
          <h2 id="cart-books" className="visually-hidden">
            Books in your cart
          </h2>
          <LineList lines={cart.lines} countryCode={countryCode} editable />
        </section>
        <aside aria-labelledby="cart-summary" className={styles.summary}>
          <h2 id="cart-summary">Summary</h2>
          <TotalsTable totals={cart.totals} countryCode={countryCode} shippingEstimate={shippingEstimate} />
          {hasPreorders(cart.lines) ? (
            <p className={styles.preorderNote}>Pre-ordered books are charged now and sent on their publication date.</p>
          ) : null}
          <ShipmentParts lines={cart.lines} countryCode={countryCode} />
          <PromoCodeForm codes={cart.promoCodes} />
          <Link href={`/${countryCode}/checkout`} className={`button ${styles.checkout}`}>
            Go to checkout
          </Link>
        </aside>
      </div>
    </div>
  )
}

export function EmptyCart({ countryCode }: { countryCode: string }) {
  return (
    <div className={styles.empty}>
      <h1>Your cart is empty</h1>
      <p>Find a book you would like to read and add it here.</p>
      <Link href={`/${countryCode}`} className="button">
        Browse the books
      </Link>
    </div>
  )
}
