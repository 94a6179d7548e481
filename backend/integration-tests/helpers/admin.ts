/**
 * An admin signed in through the real auth route: an emailpass identity registered with the
 * auth module, a user created by Medusa's createUserAccountWorkflow, then a JWT from
 * POST /auth/user/emailpass. Create it in `beforeAll` (after any seed) so every test's database
 * snapshot contains the user.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Response<T> = { data: T; status: number }

/** The runner's axios instance, seen through the calls the book suites make. */
export type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
  delete: <T>(url: string, config?: object) => Promise<Response<T>>
}

/** Request config for an admin; `validateStatus` lets tests assert 4xx answers directly. */
export type AdminRequest = { headers: { authorization: string }; validateStatus: () => boolean }

export async function createAdminSession(
  api: Api,
  container: MedusaContainer,
  email = "book-suite@bookshop.test"
): Promise<AdminRequest> {
  const password = "book-suite-password"
  const { success, authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) throw new Error(`Could not register ${email}: ${error ?? "unknown error"}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  const { data } = await api.post<{ token: string }>("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` }, validateStatus: () => true }
}
