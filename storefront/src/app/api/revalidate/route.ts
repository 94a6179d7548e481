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
  // Expire now: the next reader gets the new price or stock, not one more stale page
  // (the "max" profile would serve stale once while refreshing in the background).
  for (const tag of decision.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: decision.tags })
}
