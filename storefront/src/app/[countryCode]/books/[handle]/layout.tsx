import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getBook } from "@/lib/data/products"
import { getRegionForCountry } from "@/lib/data/regions"

type Props = { children: ReactNode; params: Promise<{ countryCode: string; handle: string }> }

/**
 * Checks that the book exists before anything streams, so an unknown handle is a real 404 (a
 * not-found raised inside a Suspense boundary would keep status 200). The page reuses the same
 * cached read. There is deliberately no loading.tsx here: the book is already read by the time
 * a skeleton could show, and streaming the page after one delayed the cover (Lighthouse: 73% of
 * the LCP was render delay).
 */
export default async function BookLayout({ children, params }: Props) {
  const { countryCode, handle } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region || !(await getBook(handle, region))) notFound()
  return children
}
