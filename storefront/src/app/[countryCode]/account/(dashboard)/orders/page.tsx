import type { Metadata } from "next"
import { Suspense } from "react"
import { requireCustomer } from "@/lib/data/customer"
import { OrderHistory } from "@/modules/account/account-sections"
import { AccountListSkeleton } from "@/modules/account/skeletons"

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ page?: string | string[] }> }

export const metadata: Metadata = { title: "Your orders", robots: { index: false, follow: false } }

export default async function OrdersPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const raw = (await searchParams).page
  const page = Math.min(Math.max(1, Number.parseInt(typeof raw === "string" ? raw : "1", 10) || 1), 1000)
  await requireCustomer(countryCode, `/${countryCode}/account/orders${page > 1 ? `?page=${page}` : ""}`)
  return (
    <>
      <h1>Your orders</h1>
      <Suspense key={page} fallback={<AccountListSkeleton label="Loading your orders…" rows={5} />}>
        <OrderHistory countryCode={countryCode} page={page} />
      </Suspense>
    </>
  )
}
