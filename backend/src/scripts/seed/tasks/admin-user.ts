import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { requirePassword, type AdminCredentials } from "../admin-credentials"
import type { SeedContext } from "./context"

const AUTH_PROVIDER = "emailpass"
const SUPER_ADMIN_ROLE_ID = "role_super_admin"

export async function adminExists({ container }: SeedContext, email: string): Promise<boolean> {
  const users = await container.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  return users.length > 0
}

/** As `medusa user` does: the super-admin role, but only when the RBAC feature is on. */
async function adminRoles({ container }: SeedContext): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) return []
  const roles = await container.resolve(Modules.RBAC).listRbacRoles({ id: SUPER_ADMIN_ROLE_ID })
  return roles.map((role) => role.id)
}

/**
 * An emailpass auth identity for the e-mail (reusing one left by an interrupted earlier run),
 * registered through the auth module exactly as `medusa user` and the register route do.
 */
async function authIdentityFor({ container, logger }: SeedContext, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [providerIdentity] = await auth.listProviderIdentities({ entity_id: email, provider: AUTH_PROVIDER })
  if (providerIdentity?.auth_identity_id) {
    const identity = await auth.retrieveAuthIdentity(providerIdentity.auth_identity_id)
    if (identity.app_metadata?.user_id) {
      const owner = String(identity.app_metadata.user_id)
      throw new Error(
        `An ${AUTH_PROVIDER} login for ${email} already belongs to user ${owner}, which no longer exists. ` +
          "Remove that auth identity (Medusa Admin or database) or choose another ADMIN_EMAIL."
      )
    }
    logger.warn(
      `Reusing the existing ${AUTH_PROVIDER} login for ${email}; its password is the one it was registered with.`
    )
    return identity.id
  }
  const { success, authIdentity, error } = await auth.register(AUTH_PROVIDER, { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register the admin login for ${email}: ${error ?? "unknown error"}`)
  }
  return authIdentity.id
}

/** The admin user (by e-mail). An existing user is left untouched, password included. */
export async function ensureAdminUser(ctx: SeedContext, credentials: AdminCredentials): Promise<void> {
  const { email } = credentials
  if (await adminExists(ctx, email)) {
    ctx.logger.info(`Admin user: ${email} (exists)`)
    return
  }
  const password = requirePassword(credentials)
  const authIdentityId = await authIdentityFor(ctx, email, password)
  await createUserAccountWorkflow(ctx.container).run({
    input: { authIdentityId, userData: { email, roles: await adminRoles(ctx) } },
  })
  ctx.logger.info(`Admin user: ${email} (created)`)
}
