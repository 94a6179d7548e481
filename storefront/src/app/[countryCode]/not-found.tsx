import type { Metadata } from "next"
import { CountryHomeLink } from "@/modules/common/country-home-link"
import { StatusPanel } from "@/modules/common/status-panel"

export const metadata: Metadata = { title: "Not found" }

/** A 404 inside a country (an unknown book, say), shown within the shop's header and footer. */
export default function CountryNotFound() {
  return (
    <StatusPanel
      eyebrow="404 · Not found"
      title="We couldn’t find that page"
      actions={
        <CountryHomeLink className="button">Browse all books</CountryHomeLink>
      }
    >
      <p>The book or page you were looking for is not here. It may have been renamed or withdrawn.</p>
    </StatusPanel>
  )
}
