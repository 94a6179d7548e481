/**
 * Where a reader goes after signing in: a path on this site, never another one. The value comes
 * from the URL (`?next=`), so anything that could leave the site is replaced by the account page:
 * absolute and protocol-relative URLs (`https://…`, `//evil.test`), backslash tricks (`/\evil`),
 * control characters, and the sign-in page itself (which would loop).
 */
export function safeReturnPath(raw: unknown, countryCode: string): string {
  const fallback = accountPath(countryCode)
  if (typeof raw !== "string") return fallback
  const path = raw.trim()
  if (path.length === 0 || path.length > 512) return fallback
  if (!path.startsWith("/")) return fallback
  if (path.startsWith("//") || path.includes("\\")) return fallback
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return fallback
  let parsed: URL
  try {
    parsed = new URL(path, "http://bookshop.invalid")
  } catch {
    return fallback
  }
  if (parsed.origin !== "http://bookshop.invalid") return fallback
  if (/^\/[a-z]{2}\/account\/login\/?$/i.test(parsed.pathname)) return fallback
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}

export function accountPath(countryCode: string, rest = ""): string {
  return `/${countryCode}/account${rest}`
}

/** The sign-in page, remembering where to come back to. */
export function loginPath(countryCode: string, returnPath?: string): string {
  const base = accountPath(countryCode, "/login")
  return returnPath ? `${base}?next=${encodeURIComponent(returnPath)}` : base
}
