import { notFound } from "next/navigation"
import { Suspense, type ReactNode } from "react"
import { countryName } from "@/lib/catalogue/region"
import { getRegionForCountry, listRegions } from "@/lib/data/regions"
import { SiteFooter } from "@/modules/layout/site-footer"
import { SiteHeader } from "@/modules/layout/site-header"
import { CartLink, CartLinkView } from "@/modules/cart/cart-link"

type Props = { children: ReactNode; params: Promise<{ countryCode: string }> }

/**
 * Every shop page lives under a country we sell to. The check runs here, above every loading
 * boundary, so an unknown country is answered with a real 404 before anything streams.
 */
export default async function CountryLayout({ children, params }: Props) {
  const { countryCode } = await params
  const [region, regions] = await Promise.all([getRegionForCountry(countryCode), listRegions()])
  if (!region) notFound()

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader
        country={{ code: countryCode, region, regions }}
        cart={
          <Suspense fallback={<CartLinkView countryCode={countryCode} count={null} />}>
            <CartLink countryCode={countryCode} />
          </Suspense>
        }
      />
      <main id="main" className="main container">
        {children}
      </main>
      <SiteFooter region={region} countryName={countryName(region, countryCode)} />
    </>
  )
}
