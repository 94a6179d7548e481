/** Staff actions through the admin API of the shop under test (as Medusa Admin does them). */
export async function adminToken(): Promise<string> {
  const res = await fetch(`${process.env.E2E_BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD }),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export async function adminFetch<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${process.env.E2E_BACKEND_URL}${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...init.headers },
  })
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as T
}
