"use client"

import { ErrorPanel } from "@/modules/common/error-panel"
import { SiteHeader } from "@/modules/layout/site-header"

/** Errors above the country pages (for instance the backend being unreachable for regions). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="main container">
        <ErrorPanel error={error} retry={retry} />
      </main>
    </>
  )
}
