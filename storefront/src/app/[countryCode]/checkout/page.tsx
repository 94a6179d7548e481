import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCheckout } from "@/lib/data/cart"
import { getRegionForCountry } from "@/lib/data/regions"
import { EmptyCart } from "@/modules/cart/cart-template"
import { CheckoutTemplate } from "@/modules/checkout/checkout-template"

export const metadata: Metadata = { title: "Checkout", robots: { index: false } }

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const data = await retrieveCheckout(region, countryCode)
  if (!data) return <EmptyCart countryCode={countryCode} />
  return (
    <CheckoutTemplate
      data={data}
      countryCode={countryCode}
      region={region}
      requestedStep={query.step}
      paymentConfirmed={query.redirect_status === "succeeded"}
    />
  )
}
