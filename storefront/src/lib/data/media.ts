import "server-only"
import { mediaUpstream } from "../catalogue/media"
import { medusaBackendUrl } from "../sdk"

/** Request headers worth passing on for a file: the conditional ones, never cookies. */
const forwardedRequestHeaders = ["if-none-match", "if-modified-since"]
/** Response headers worth keeping (not the length: fetch may have decompressed the body). */
const keptResponseHeaders = ["content-type", "etag", "last-modified"]

/**
 * An uploaded image (a cover, a photo) from the backend's /static, answered from our own origin
 * so the browser never talks to the backend. MEDUSA_BACKEND_URL is read when the request is
 * served, so one build works against any backend. Only images pass; anything else, and any
 * path that is not a plain file name, is a 404. Backend headers (server, cookies) stay behind.
 */
export async function fetchMedia(pathname: string, requestHeaders: Headers): Promise<Response> {
  const upstream = mediaUpstream(pathname, medusaBackendUrl)
  if (!upstream) return notFound()
  // With conditional headers fetch would add "Cache-Control: no-cache", which makes the backend
  // ignore them; an explicit max-age=0 still revalidates and lets it answer 304.
  const headers = new Headers({ "cache-control": "max-age=0" })
  for (const name of forwardedRequestHeaders) {
    const value = requestHeaders.get(name)
    if (value) headers.set(name, value)
  }
  let response: Response
  try {
    response = await fetch(upstream, { headers, cache: "no-store", signal: AbortSignal.timeout(10_000) })
  } catch {
    return new Response(null, { status: 502, headers: { "cache-control": "no-store" } })
  }
  if (response.status === 304) return new Response(null, { status: 304, headers: keep(response.headers) })
  const type = response.headers.get("content-type") ?? ""
  if (!response.ok || !type.startsWith("image/")) {
    await response.body?.cancel()
    return notFound()
  }
  return new Response(response.body, { status: 200, headers: keep(response.headers) })
}

function keep(from: Headers): Headers {
  const headers = new Headers({ "cache-control": "public, max-age=3600" })
  for (const name of keptResponseHeaders) {
    const value = from.get(name)
    if (value) headers.set(name, value)
  }
  return headers
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: { "cache-control": "public, max-age=60" } })
}
