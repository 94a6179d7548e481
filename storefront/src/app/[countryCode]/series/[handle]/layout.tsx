import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getSeries } from "@/lib/data/collections"

type Props = { children: ReactNode; params: Promise<{ countryCode: string; handle: string }> }

/**
 * Checks that the series exists before this segment's loading skeleton streams, so an unknown
 * handle is a real 404 (as for books and authors). The page reuses the same cached read.
 */
export default async function SeriesLayout({ children, params }: Props) {
  const { handle } = await params
  if (!(await getSeries(handle))) notFound()
  return children
}
