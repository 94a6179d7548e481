/**
 * Every cache tag the storefront uses, in one place. Tags are GLOBAL (never per visitor), so one
 * `revalidateTag` from the backend's revalidation hook refreshes the catalogue for everybody.
 */
export const cacheTags = {
  /** Every product listing and product read. */
  products: "products",
  /** Every read that shows contributors' names or bios (book pages, listings, author pages). */
  contributors: "contributors",
  /** Regions, their currencies and countries. */
  regions: "regions",
  /** One book (a product) by its handle. */
  book: (handle: string) => `book:${handle}`,
  /** One contributor's author page (who they are and which books they are credited on). */
  author: (handle: string) => `author:${handle}`,
  /** Every campaign listing (campaigns index, the home page's featured campaign). */
  campaigns: "campaigns",
  /** One campaign page by its slug. */
  campaign: (slug: string) => `campaign:${slug}`,
} as const

/**
 * How long (seconds) a cached catalogue read may be served before it is fetched again in the
 * background, even if no revalidation hook ever fires. Keeps stale data self-healing.
 */
export const catalogueRevalidateSeconds = 300
