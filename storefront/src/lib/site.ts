export const siteName = "Wellred Books"

export const siteDescription =
  "Books from Wellred, publisher of Marxist theory, history and politics: paperbacks, hardbacks and ebooks."

/** The storefront's public address, for canonical and Open Graph URLs. */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const configured = env.STOREFRONT_URL?.trim()
  if (configured) return new URL(configured)
  return new URL(`http://localhost:${env.STOREFRONT_PORT || "8000"}`)
}
