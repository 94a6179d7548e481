/**
 * How the storefront finds its Medusa publishable API key, without anybody copying it by hand:
 * `MEDUSA_PUBLISHABLE_KEY` when set, otherwise the key the backend announces at
 * `GET /storefront/publishable-key` (`{ publishable_key: "pk_…" }`).
 */
export const publishableKeyPath = "/storefront/publishable-key"

export async function resolvePublishableKey(
  envKey: string | undefined,
  discover: () => Promise<unknown>
): Promise<string> {
  const configured = envKey?.trim()
  if (configured) return configured

  let body: unknown
  try {
    body = await discover()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Could not fetch the publishable key from the backend (${publishableKeyPath}: ${reason}). ` +
        "Is the backend running? Or set MEDUSA_PUBLISHABLE_KEY.",
      { cause: error }
    )
  }
  const key = readPublishableKey(body)
  if (!key) {
    throw new Error(
      `The backend's ${publishableKeyPath} did not return { publishable_key: "pk_…" }. Set MEDUSA_PUBLISHABLE_KEY.`
    )
  }
  return key
}

function readPublishableKey(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("publishable_key" in body)) return null
  const key = body.publishable_key
  return typeof key === "string" && key.trim() !== "" ? key.trim() : null
}

/**
 * True when the backend refused a request because of the publishable key (for instance after the
 * database was re-seeded and the key changed): the remembered key must then be discovered again.
 */
export function isPublishableKeyRejection(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const status = "status" in error ? error.status : undefined
  return (status === 400 || status === 401) && /publishable/i.test(error.message)
}
