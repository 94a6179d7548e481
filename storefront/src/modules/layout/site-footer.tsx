import type { Region } from "@/lib/catalogue/region"
import { siteName } from "@/lib/site"
import styles from "./site-footer.module.css"

export function SiteFooter({ region, countryName }: { region?: Region; countryName?: string }) {
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <p className={styles.name}>{siteName}</p>
        {region ? (
          <p>
            Prices in {region.currencyCode} for {countryName ?? region.name}.
          </p>
        ) : null}
        <p>An open-source bookshop built with Medusa and Next.js.</p>
      </div>
    </footer>
  )
}
