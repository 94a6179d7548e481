import Link from "next/link"
import { countryChoices, countryName, type Region } from "@/lib/catalogue/region"
import styles from "./country-picker.module.css"

type Props = { countryCode: string; region: Region; regions: Region[] }

/** Where we ship to and in which currency; opens the list of countries (no JavaScript needed). */
export function CountryPicker({ countryCode, region, regions }: Props) {
  return (
    <details className={styles.picker}>
      <summary className={styles.summary}>
        <span className="visually-hidden">Shipping to </span>
        {countryName(region, countryCode)}
        <span className={styles.currency}>{region.currencyCode}</span>
      </summary>
      <nav aria-label="Choose your country" className={styles.panel}>
        <ul className={styles.list}>
          {countryChoices(regions).map((choice) => (
            <li key={choice.code}>
              <Link
                href={`/${choice.code}`}
                aria-current={choice.code === countryCode ? "true" : undefined}
                className={styles.link}
              >
                {choice.name} <span className={styles.currency}>{choice.currencyCode}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  )
}
