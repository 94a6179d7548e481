import type { NextRequest } from "next/server"
import { fetchMedia } from "@/lib/data/media"

/** GET /media/<file>: an uploaded cover or photo, served from the backend's /static/<file>. */
export async function GET(request: NextRequest) {
  return fetchMedia(request.nextUrl.pathname, request.headers)
}
