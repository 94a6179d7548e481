"use client"

import { useEffect } from "react"
import { CountryHomeLink } from "./country-home-link"
import { StatusPanel } from "./status-panel"

/** What an error boundary shows: an apology, a retry, and a way home. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null

  return (
    <StatusPanel
      eyebrow="Something went wrong"
      title="This page could not be loaded"
      actions={
        <>
          <button type="button" className="button" onClick={() => retry()}>
            Try again
          </button>
          <CountryHomeLink className="button button-quiet">Go to the bookshop</CountryHomeLink>
        </>
      }
    >
      <p>The shop had a problem fetching this page. It is usually brief: please try again in a moment.</p>
      {digest ? <p>Reference: {digest}</p> : null}
    </StatusPanel>
  )
}
