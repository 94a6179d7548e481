import Medusa from "@medusajs/js-sdk"

/**
 * The one SDK instance of the admin customizations. It authenticates the way the dashboard
 * itself was built to (session cookie by default; JWT when the admin is built with
 * ADMIN_AUTH_TYPE=jwt), so a widget never fails where the dashboard's own pages work.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: {
    type: __AUTH_TYPE__ ?? "session",
    jwtTokenStorageKey: __JWT_TOKEN_STORAGE_KEY__ || undefined,
  },
})
