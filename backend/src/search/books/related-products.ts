/**
 * Which products an event touches. A book document is built from the product and from what
 * hangs off it (variants, prices, stock, series, subjects, book details, credits,
 * contributors), so an event about any of those re-indexes the products it belongs to.
 */
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { PREORDER_TERMS_CHANGED } from "../../lib/preorder-events"

/**
 * Events whose `data.id` is the product itself: the workflow events, plus the product
 * module's own update event, the only one fired when products are added to a series
 * (`batchLinkProductsToCollectionWorkflow`).
 */
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted", "product.product.updated"] as const

/** The one event that removes a book from the index without reading it back. */
export const PRODUCT_DELETED = "product.deleted"

/** The pre-order terms workflows' event (`data.id` = the variant id): availability and "ships on" day follow the terms. */
export { PREORDER_TERMS_CHANGED }

type Route = {
  /** The `query.graph` entity the event's ids belong to. */
  entity: string
  /** Dotted path from that entity to the product id. */
  path: string
}

/**
 * Related entities, by event. Workflow events for core data (what the admin and the store
 * API emit); module events for the book module, which only emits those. Deleted rows are
 * read with `withDeleted`, so a removed variant or credit still leads to its product.
 */
export const RELATED_EVENT_ROUTES: Readonly<Record<string, Route>> = Object.fromEntries([
  ...eventsFor(["product-variant"], ["created", "updated", "deleted"], { entity: "product_variant", path: "product_id" }),
  [PREORDER_TERMS_CHANGED, { entity: "product_variant", path: "product_id" }],
  ...eventsFor(["inventory-level"], ["created", "updated", "deleted"], {
    entity: "inventory_level",
    path: "inventory_item.variants.product_id",
  }),
  ...eventsFor(["reservation-item"], ["created", "updated", "deleted"], {
    entity: "reservation_item",
    path: "inventory_item.variants.product_id",
  }),
  ...eventsFor(["product-collection"], ["updated", "deleted"], { entity: "product_collection", path: "products.id" }),
  ...eventsFor(["product-category"], ["updated", "deleted"], { entity: "product_category", path: "products.id" }),
  ...eventsFor(["book.book"], ["created", "updated"], { entity: "book", path: "product.id" }),
  ...eventsFor(["book.contribution"], ["created", "updated", "deleted"], { entity: "contribution", path: "book.product.id" }),
  ...eventsFor(["book.contributor"], ["updated"], { entity: "contributor", path: "contributions.book.product.id" }),
  ...eventsFor(["book.book-format"], ["created", "updated", "deleted"], {
    entity: "book_format",
    path: "product_variant.product_id",
  }),
])

/** Every event the books index listens to. */
export const BOOK_INDEX_EVENTS = [...PRODUCT_EVENTS, ...Object.keys(RELATED_EVENT_ROUTES)]

function eventsFor(objects: string[], actions: string[], route: Route): [string, Route][] {
  return objects.flatMap((object) => actions.map((action): [string, Route] => [`${object}.${action}`, route]))
}

/** The ids an event carries: `data.id` as one id or a list. */
export function eventIds(data: unknown): string[] {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined
  const ids = Array.isArray(id) ? id : [id]
  return ids.filter((value): value is string => typeof value === "string" && value.length > 0)
}

/** Every string at a dotted path, walking through lists ("contributions.book.product.id"). */
export function valuesAtPath(rows: readonly unknown[], path: string): string[] {
  let current: unknown[] = [...rows]
  for (const segment of path.split(".")) {
    current = current.flatMap((value) => {
      if (value === null || typeof value !== "object") return []
      const next = (value as Record<string, unknown>)[segment]
      return Array.isArray(next) ? next : [next]
    })
  }
  return [...new Set(current.filter((value): value is string => typeof value === "string" && value.length > 0))]
}

/** The product ids an event is about (empty for events this index does not care about). */
export async function productIdsForEvent(
  event: { name: string; data: unknown },
  query: Pick<RemoteQueryFunction, "graph">
): Promise<string[]> {
  const ids = eventIds(event.data)
  if (!ids.length) return []
  if ((PRODUCT_EVENTS as readonly string[]).includes(event.name)) return ids
  const route = RELATED_EVENT_ROUTES[event.name]
  if (!route) return []
  const { data } = await query.graph({
    entity: route.entity,
    fields: [route.path],
    filters: { id: ids },
    withDeleted: true,
  })
  return valuesAtPath(data as unknown[], route.path)
}
