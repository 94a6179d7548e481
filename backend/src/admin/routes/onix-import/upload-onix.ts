/**
 * POST /admin/onix-imports from the admin: the file as multipart/form-data, the staff member's
 * session cookie (or the dashboard's JWT when it is built with ADMIN_AUTH_TYPE=jwt).
 */
export type ImportFailure = { record_references: string[]; isbns: string[]; title?: string; kind: "rejected" | "failed"; reason: string }

export type ImportSummary = {
  created: number
  updated: number
  unchanged: number
  failed: number
  works: number
  records: { total: number; rejected: number }
  failures: ImportFailure[]
  warnings: string[]
  duration_ms: number
}

export type ImportAnswer = { file: string; summary: ImportSummary }

const backendUrl = (): string => (import.meta.env.VITE_BACKEND_URL || "/").replace(/\/$/, "")

function authHeaders(): Record<string, string> {
  if (__AUTH_TYPE__ !== "jwt") return {}
  const token = window.localStorage.getItem(__JWT_TOKEN_STORAGE_KEY__ || "medusa_auth_token")
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function uploadOnix(file: File): Promise<ImportAnswer> {
  const body = new FormData()
  body.append("file", file, file.name)
  let res: Response
  try {
    res = await fetch(`${backendUrl()}/admin/onix-imports`, { method: "POST", body, credentials: "include", headers: authHeaders() })
  } catch {
    throw new Error("The backend could not be reached. Check your connection and try again.")
  }
  const data = (await res.json().catch(() => ({}))) as Partial<ImportAnswer> & { message?: string }
  if (!res.ok || !data.summary) {
    throw new Error(data.message || `The import failed (HTTP ${res.status}).`)
  }
  return { file: data.file ?? file.name, summary: data.summary }
}
