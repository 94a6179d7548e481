/** The reader's own pages, in every country's shop: never crawled. */
export const privateSections = ["cart", "checkout", "account", "search"] as const

/**
 * Disallow lines for the private pages of each country ("/gb/cart", "/gb/cart/…"), spelled out
 * per country so a book whose handle starts with "cart" stays crawlable. Without the list of
 * countries (backend unreachable) a wildcard per section stands in.
 */
export function disallowedPaths(countries: readonly string[] | null): string[] {
  const prefixes = countries?.length ? [...countries].sort().map((code) => `/${code}`) : ["/*"]
  return [
    "/api/",
    ...prefixes.flatMap((prefix) => privateSections.flatMap((section) => [`${prefix}/${section}$`, `${prefix}/${section}/`, `${prefix}/${section}?`])),
  ]
}
