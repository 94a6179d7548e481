"use client"

import Link from "next/link"
import { useParams } from "next/navigation"
import type { ReactNode } from "react"

/**
 * A link to the current country's home page, for places that do not receive route params
 * (not-found and error boundaries).
 */
export function CountryHomeLink({ children, className }: { children: ReactNode; className?: string }) {
  const params = useParams<{ countryCode?: string }>()
  const countryCode = typeof params?.countryCode === "string" ? params.countryCode : null
  return (
    <Link href={countryCode ? `/${countryCode}` : "/"} className={className}>
      {children}
    </Link>
  )
}
