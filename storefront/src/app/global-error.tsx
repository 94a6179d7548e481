"use client"

/** Last resort when the root layout itself fails: no shared styles are available here. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
        <title>Something went wrong · Wellred Books</title>
        <h1>Something went wrong</h1>
        <p>The bookshop could not load this page. Please try again in a moment.</p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </body>
    </html>
  )
}
