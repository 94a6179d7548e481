import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getBook } from "@/lib/data/products"
import { getRegionForCountry } from "@/lib/data/regions"

type Props = { children: ReactNode; params: Promise<{ countryCode: string; handle: string }> }

/**
 * Checks that the book exists before this segment's loading skeleton streams, so an unknown
 * handle is a real 404 (a not-found raised inside the skeleton's boundary would keep status 200).
 * The page reuses the same cached read.
 */
export default async function BookLayout({ children, params }: Props) {
  const { countryCode, handle } = await params
  const region = await getRegionForCountry(countryCode)
  if (!region || !(await getBook(handle, region))) notFound()
  return children
}
