import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import styles from "./cart-link.module.css"

/** The header's link to the cart with the number of copies in it (read per request, never cached). */
export async function CartLink({ countryCode }: { countryCode: string }) {
  const count = await cartItemCount()
  return <CartLinkView countryCode={countryCode} count={count} />
}

export function CartLinkView({ countryCode, count }: { countryCode: string; count: number | null }) {
  return (
    <Link href={`/${countryCode}/cart`} className={styles.link}>
      Cart
      {count !== null ? (
        <span className={styles.count}>
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">, {count === 1 ? "1 book" : `${count} books`}</span>
        </span>
      ) : null}
    </Link>
  )
}
