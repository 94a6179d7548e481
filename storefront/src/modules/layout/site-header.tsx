import Link from "next/link"
import type { ReactNode } from "react"
import type { Region } from "@/lib/catalogue/region"
import { siteName } from "@/lib/site"
import { SearchBox } from "@/modules/search/search-box"
import { CountryPicker } from "./country-picker"
import styles from "./site-header.module.css"

type Props = {
  /** Absent on pages outside any country (the site-wide 404). */
  country?: { code: string; region: Region; regions: Region[] }
  /** The cart link with its count (a server component that reads the cart cookie, passed in). */
  cart?: ReactNode
}

export function SiteHeader({ country, cart }: Props) {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href={country ? `/${country.code}` : "/"} className={styles.brand}>
          {siteName}
        </Link>
        {country ? (
          <nav aria-label="Browse" className={styles.browse}>
            <Link href={`/${country.code}/books`}>Books</Link>
            <Link href={`/${country.code}/series`}>Series</Link>
          </nav>
        ) : null}
        {country ? <SearchBox countryCode={country.code} /> : null}
        {country ? (
          <CountryPicker countryCode={country.code} region={country.region} regions={country.regions} />
        ) : null}
        {country ? (
          <Link href={`/${country.code}/account`} className={styles.account}>
            Account
          </Link>
        ) : null}
        {cart}
      </div>
    </header>
  )
}
