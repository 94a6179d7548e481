import { PREORDER_TERMS_CHANGED } from "./preorder-events"

/** Which global storefront cache tags a backend event makes stale. */
const TAGS_BY_EVENT: Record<string, string[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "inventory-level.created": ["products"],
  "inventory-level.updated": ["products"],
  "inventory-level.deleted": ["products"],
  "product-collection.created": ["products", "collections"],
  "product-collection.updated": ["products", "collections"],
  "product-collection.deleted": ["products", "collections"],
  "product-category.created": ["products", "categories"],
  "product-category.updated": ["products", "categories"],
  "product-category.deleted": ["products", "categories"],
  "contributor.created": ["contributors"],
  "contributor.updated": ["contributors", "products"],
  "contributor.deleted": ["contributors", "products"],
  "book-details.updated": ["products", "contributors"],
  // Opening, moving or closing pre-orders changes the book page's buy button.
  [PREORDER_TERMS_CHANGED]: ["products"],
  "region.created": ["regions"],
  "region.updated": ["regions"],
  "region.deleted": ["regions"],
}

export const REVALIDATING_EVENTS = Object.keys(TAGS_BY_EVENT)

export function tagsForEvent(eventName: string): string[] {
  return TAGS_BY_EVENT[eventName] ?? []
}

/** Where the backend reaches the storefront: the compose-internal URL when set, else the public one. */
export function revalidateEndpoint(env: Record<string, string | undefined>): string | undefined {
  const base = env.STOREFRONT_INTERNAL_URL || env.STOREFRONT_URL
  return base ? new URL("/api/revalidate", base).toString() : undefined
}
