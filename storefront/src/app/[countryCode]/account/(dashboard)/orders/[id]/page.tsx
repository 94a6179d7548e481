import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { countryChoices } from "@/lib/catalogue/region"
import { getOrder, requireCustomer } from "@/lib/data/customer"
import { listOrderPreorders } from "@/lib/data/preorders"
import { listRegions } from "@/lib/data/regions"
import { countryNamer } from "@/modules/account/countries"
import { OrderDetail } from "@/modules/account/order-detail"

type Props = { params: Promise<{ countryCode: string; id: string }> }

export const metadata: Metadata = { title: "Your order", robots: { index: false, follow: false } }

export default async function OrderPage({ params }: Props) {
  const { countryCode, id } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/orders/${encodeURIComponent(id)}`)
  const [order, regions, preorders] = await Promise.all([getOrder(id, customer), listRegions(), listOrderPreorders(id)])
  // Someone else's order is answered exactly like one that does not exist.
  if (!order) notFound()
  return <OrderDetail order={order} countryCode={countryCode} countryName={countryNamer(countryChoices(regions))} preorders={preorders} />
}
