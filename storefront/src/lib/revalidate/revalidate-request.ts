import { timingSafeEqual } from "node:crypto"

export type RevalidateDecision =
  | { status: 200; tags: string[] }
  | { status: 400 | 401; error: string }

/** Tags the backend may ask to refresh: our global catalogue tags, never arbitrary strings. */
const ALLOWED_TAG = /^(products|regions|collections|categories|contributors|campaigns|(book|author|series|campaign):[a-z0-9][a-z0-9-]{0,199})$/

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Decides what POST /api/revalidate does: 401 unless the secret header matches the
 * configured REVALIDATE_SECRET (no secret configured = nobody may revalidate), 400 for a
 * body that is not `{ "tags": [...] }` of known tags, else the tags to refresh.
 */
export function decideRevalidation(
  headerSecret: string | null,
  configuredSecret: string | undefined,
  body: unknown
): RevalidateDecision {
  if (!configuredSecret || !headerSecret || !sameSecret(headerSecret, configuredSecret)) {
    return { status: 401, error: "Missing or wrong x-revalidate-secret header." }
  }
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100) {
    return { status: 400, error: 'Expected a JSON body { "tags": ["products", …] } with 1 to 100 tags.' }
  }
  const unknown = tags.filter((tag) => typeof tag !== "string" || !ALLOWED_TAG.test(tag))
  if (unknown.length > 0) {
    return { status: 400, error: `Unknown cache tag(s): ${unknown.map((t) => JSON.stringify(t)).join(", ")}.` }
  }
  return { status: 200, tags: [...new Set(tags as string[])] }
}
