/**
 * How `POST /store/search` (the Search Module's store route) serves the books index:
 * - the index is opted in (`configureStoreSearch`); the route itself narrows every query to
 *   published products of the publishable key's sales channel, because the index declares
 *   filterable `status` and `sales_channel_ids`;
 * - an ISBN-shaped query becomes an exact ISBN filter, and all-number queries are searched
 *   without typo tolerance (books/isbn-query.ts).
 *
 * Registered in src/api/middlewares.ts: `routes: [...storeSearchRoutes, …]`.
 */
import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { BOOKS_INDEX } from "./books/index-name"
import { applyIsbnRule } from "./books/isbn-query"

type Body = Record<string, unknown> & { queries?: unknown }

function rewrite(body: unknown): unknown {
  if (typeof body !== "object" || body === null) return body
  const { queries } = body as Body
  if (Array.isArray(queries)) {
    return { ...body, queries: queries.map((query: unknown) => rewriteOne(query)) }
  }
  return rewriteOne(body)
}

function rewriteOne(query: unknown): unknown {
  return typeof query === "object" && query !== null ? applyIsbnRule(query, BOOKS_INDEX) : query
}

/**
 * Applies the ISBN rule to the request body, before or after Medusa's own body validation
 * (whichever runs first, the other sees the rewritten query).
 */
export function exactIsbnSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  req.body = rewrite(req.body)
  if ("validatedBody" in req && req.validatedBody !== undefined) {
    req.validatedBody = rewrite(req.validatedBody)
  }
  next()
}

export const storeSearchRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [configureStoreSearch({ allowed_indexes: { [BOOKS_INDEX]: true } }), exactIsbnSearch],
  },
]
