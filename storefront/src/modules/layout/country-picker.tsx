"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useRef, type KeyboardEvent } from "react"
import { countryName, type Region } from "@/lib/catalogue/region"
import { regionChoices } from "@/lib/routing/region-choices"
import { switchCountryPath } from "@/lib/routing/remembered-country"
import styles from "./country-picker.module.css"

type Props = { countryCode: string; region: Region; regions: Region[] }

/**
 * Where we ship to and in which currency. A disclosure (works without JavaScript) listing the
 * countries under their region and currency; each link opens the same page in that country's
 * shop ("/gb/books/x" → "/us/books/x"), and the proxy remembers the choice for the next visit
 * to "/". Escape closes the list and returns focus to its button.
 */
export function CountryPicker({ countryCode, region, regions }: Props) {
  const pathname = usePathname() ?? `/${countryCode}`
  const details = useRef<HTMLDetailsElement>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !details.current?.open) return
    details.current.open = false
    details.current.querySelector("summary")?.focus()
  }
  const current = countryName(region, countryCode)
  return (
    // Remounted per country, so the list is closed again after a switch.
    <details key={countryCode} ref={details} className={styles.picker} onKeyDown={onKeyDown}>
      <summary className={styles.summary}>
        <span className="visually-hidden">Shipping to </span>
        {current}
        <span className={styles.currency}>
          <span className="visually-hidden">, prices in </span>
          {region.currencyCode}
        </span>
        <span className="visually-hidden"> (change country)</span>
      </summary>
      <nav aria-label="Choose your country" className={styles.panel}>
        <ul className={styles.regions}>
          {regionChoices(regions).map((choice) => (
            <li key={choice.id}>
              <p id={`region-${choice.id}`} className={styles.regionName}>
                {choice.name} <span className={styles.currency}>{choice.currencyCode}</span>
              </p>
              <ul className={styles.list} aria-labelledby={`region-${choice.id}`}>
                {choice.countries.map((country) => (
                  <li key={country.code}>
                    <Link
                      href={switchCountryPath(pathname, country.code)}
                      // Sixteen shops' copies of this page are not worth fetching ahead of a click.
                      prefetch={false}
                      hrefLang={`en-${country.code.toUpperCase()}`}
                      aria-current={country.code === countryCode ? "true" : undefined}
                      className={styles.link}
                    >
                      {country.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  )
}
