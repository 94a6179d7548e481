"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import type { ReactNode } from "react"
import styles from "./account.module.css"

/** The account's sections; the current one is marked for screen readers and by sight. */
export function AccountNav({ countryCode, signOut }: { countryCode: string; signOut: ReactNode }) {
  const pathname = usePathname()
  const base = `/${countryCode}/account`
  const links = [
    { href: base, label: "Overview", current: pathname === base },
    { href: `${base}/orders`, label: "Orders", current: pathname.startsWith(`${base}/orders`) },
    { href: `${base}/addresses`, label: "Addresses", current: pathname.startsWith(`${base}/addresses`) },
  ]
  return (
    <nav aria-label="Your account" className={styles.nav}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
        <li>{signOut}</li>
      </ul>
    </nav>
  )
}
