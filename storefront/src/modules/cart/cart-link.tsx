import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import styles from "./cart-link.module.css"

/** The header's link to the cart with the number of copies in it (read per request, never cached). */
export async function CartLink({ countryCode }: { countryCode: string }) {
  const count = await cartItemCount()
  return <CartLinkView countryCode={countryCode} count={count} />
}

export function CartLinkView({ countryCode, count }: { countryCode: string; count: number | null }) {
  const label = count === null ? "Cart" : `Cart, ${count === 1 ? "1 book" : `${count} books`}`
  return (
    <Link href={`/${countryCode}/cart`} className={styles.link} aria-label={label}>
      Cart
      {count !== null ? (
        <span className={styles.count} aria-hidden="true">
          {count}
        </span>
      ) : null}
    </Link>
  )
}
