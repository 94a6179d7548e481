import type { Metadata } from "next"
import Link from "next/link"
import { StatusPanel } from "@/modules/common/status-panel"
import { SiteFooter } from "@/modules/layout/site-footer"
import { SiteHeader } from "@/modules/layout/site-header"

export const metadata: Metadata = { title: "Page not found" }

/** Site-wide 404: an address outside any country we sell to, or no route at all. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="main container">
        <StatusPanel
          eyebrow="404 · Not found"
          title="We couldn’t find that page"
          actions={
            <Link href="/" className="button">
              Go to the bookshop
            </Link>
          }
        >
          <p>The address may be mistyped, or the page may have moved. Our books are all in the shop.</p>
        </StatusPanel>
      </main>
      <SiteFooter />
    </>
  )
}
