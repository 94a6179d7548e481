import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getContributor } from "@/lib/data/contributors"

type Props = { children: ReactNode; params: Promise<{ countryCode: string; handle: string }> }

/**
 * Checks that the contributor exists before this segment's loading skeleton streams, so an
 * unknown handle is a real 404 (as for books). The page reuses the same cached read.
 */
export default async function AuthorLayout({ children, params }: Props) {
  const { handle } = await params
  if (!(await getContributor(handle))) notFound()
  return children
}
