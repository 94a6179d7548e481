import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/orders"
import { getRegionForCountry } from "@/lib/data/regions"
import { OrderConfirmation } from "@/modules/order/order-confirmation"

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function OrderConfirmedPage({ params }: Props) {
  const { countryCode, id } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const order = await retrieveOrder(id, region)
  if (!order) notFound()
  return <OrderConfirmation order={order} countryCode={countryCode} region={region} />
}
