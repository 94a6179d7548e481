import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCartInRegion, shippingEstimate } from "@/lib/data/cart"
import { getRegionForCountry } from "@/lib/data/regions"
import { CartTemplate } from "@/modules/cart/cart-template"

export const metadata: Metadata = { title: "Your cart", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string }> }

export default async function CartPage({ params }: Props) {
  const { countryCode } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region) notFound()
  const cart = await retrieveCartInRegion(region, countryCode)
  const estimate = cart && !cart.shippingMethod ? await shippingEstimate(cart) : null
  return <CartTemplate cart={cart} countryCode={countryCode} shippingEstimate={estimate} />
}
