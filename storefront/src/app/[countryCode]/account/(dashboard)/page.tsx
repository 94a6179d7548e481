import type { Metadata } from "next"
import Link from "next/link"
import { Suspense } from "react"
import { requireCustomer } from "@/lib/data/customer"
import { RecentOrders } from "@/modules/account/account-sections"
import styles from "@/modules/account/account.module.css"
import { AccountListSkeleton } from "@/modules/account/skeletons"

type Props = { params: Promise<{ countryCode: string }> }

export const metadata: Metadata = { title: "Your account", robots: { index: false, follow: false } }

export default async function AccountPage({ params }: Props) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account`)
  return (
    <>
      <h1>Hello, {customer.firstName || customer.email}</h1>
      <p className={styles.lede}>Signed in as {customer.email}.</p>
      <section aria-labelledby="recent-orders" className={styles.section}>
        <h2 id="recent-orders">Recent orders</h2>
        <Suspense fallback={<AccountListSkeleton label="Loading your orders…" />}>
          <RecentOrders countryCode={countryCode} />
        </Suspense>
      </section>
      <section aria-labelledby="address-book" className={styles.section}>
        <h2 id="address-book">Addresses</h2>
        <p>
          <Link href={`/${countryCode}/account/addresses`}>Manage your delivery addresses</Link>
        </p>
      </section>
    </>
  )
}
