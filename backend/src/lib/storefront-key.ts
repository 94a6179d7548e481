/** The publishable API key the storefront uses; the seed creates it under this title. */
export const STOREFRONT_KEY_TITLE = "Wellred Storefront"

export type ApiKeyCandidate = {
  token: string
  title: string
  revoked_at: Date | string | null
  created_at: Date | string
}

/**
 * Which publishable key the storefront should use: the one titled for the storefront if
 * present, otherwise the oldest active one. Revoked keys are never handed out.
 */
export function pickStorefrontKey(keys: readonly ApiKeyCandidate[]): string | undefined {
  const active = keys
    .filter((key) => !key.revoked_at)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const titled = active.find((key) => key.title === STOREFRONT_KEY_TITLE)
  return (titled ?? active[0])?.token
}
