import Link from "next/link"
import { listAddresses, listOrders } from "@/lib/data/customer"
import { AddressBook } from "./address-book"
import styles from "./account.module.css"
import { OrderList } from "./order-list"

/*
 * The parts of account pages that wait for the reader's data. Pages render them inside
 * <Suspense> with a skeleton, after the sign-in check has run.
 */

export const ORDERS_PER_PAGE = 10

export async function RecentOrders({ countryCode }: { countryCode: string }) {
  const { orders, count } = await listOrders({ limit: 3, offset: 0 })
  return (
    <>
      <OrderList orders={orders} countryCode={countryCode} caption="Your most recent orders" />
      {count > orders.length ? (
        <p>
          <Link href={`/${countryCode}/account/orders`}>All {count} orders</Link>
        </p>
      ) : null}
    </>
  )
}

export async function OrderHistory({ countryCode, page }: { countryCode: string; page: number }) {
  const { orders, count } = await listOrders({ limit: ORDERS_PER_PAGE, offset: (page - 1) * ORDERS_PER_PAGE })
  const pages = Math.max(1, Math.ceil(count / ORDERS_PER_PAGE))
  const href = (n: number) => `/${countryCode}/account/orders${n > 1 ? `?page=${n}` : ""}`
  return (
    <>
      <OrderList orders={orders} countryCode={countryCode} caption="Your orders, newest first" />
      {pages > 1 ? (
        <nav aria-label="Order pages" className={styles.pager}>
          {page > 1 ? <Link href={href(page - 1)}>← Newer orders</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={href(page + 1)}>Older orders →</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}

export async function SavedAddresses({
  countryCode,
  countryName,
}: {
  countryCode: string
  countryName: (code: string) => string
}) {
  const addresses = await listAddresses()
  return <AddressBook addresses={addresses} countryCode={countryCode} countryName={countryName} />
}
