/**
 * Every cache tag the storefront uses, in one place. Tags are GLOBAL (never per visitor), so one
 * `revalidateTag` from the backend's revalidation hook refreshes the catalogue for everybody.
 */
export const cacheTags = {
  /** Every product listing and product read. */
  products: "products",
  /** Regions, their currencies and countries. */
  regions: "regions",
  /** One book (a product) by its handle. */
  book: (handle: string) => `book:${handle}`,
} as const

/**
 * How long (seconds) a cached catalogue read may be served before it is fetched again in the
 * background, even if no revalidation hook ever fires. Keeps stale data self-healing.
 */
export const catalogueRevalidateSeconds = 300
