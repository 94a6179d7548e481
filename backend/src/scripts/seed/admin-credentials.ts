/** The demo admin's login, read from the environment (ARCHITECTURE §2). Pure. */

export const DEFAULT_ADMIN_EMAIL = "admin@bookshop.test"

export type AdminCredentials = { email: string; password: string | undefined }

export function readAdminCredentials(env: Record<string, string | undefined>): AdminCredentials {
  const email = (env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL).trim().toLowerCase()
  return { email, password: env.ADMIN_PASSWORD || undefined }
}

/** The password, or a clear error when the admin has to be created and none was given. */
export function requirePassword(credentials: AdminCredentials): string {
  if (!credentials.password) {
    throw new Error(
      `ADMIN_PASSWORD is not set, so the seed cannot create the admin user ${credentials.email}. ` +
        "Set ADMIN_PASSWORD (and optionally ADMIN_EMAIL) and run the seed again; `npm start` does this for you."
    )
  }
  return credentials.password
}
