import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { decideRevalidation } from "@/lib/revalidate/revalidate-request"

/**
 * The backend calls this when products, prices, stock or regions change, so cached
 * catalogue pages refresh within seconds for every visitor (tags are global).
 */
export async function POST(request: NextRequest) {
  const body: unknown = await request.json().catch(() => null)
  const decision = decideRevalidation(
    request.headers.get("x-revalidate-secret"),
    process.env.REVALIDATE_SECRET,
    body
  )
  if (decision.status !== 200) {
    return NextResponse.json({ error: decision.error }, { status: decision.status })
  }
  // "max": serve the stale page once while the fresh one renders (Next 16 semantics).
  for (const tag of decision.tags) revalidateTag(tag, "max")
  return NextResponse.json({ revalidated: decision.tags })
}
