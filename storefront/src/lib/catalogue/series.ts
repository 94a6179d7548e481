import type { HttpTypes } from "@medusajs/types"

/** A series of books (a Medusa product collection). */
export type Series = {
  id: string
  title: string
  handle: string
  /** Staff's blurb, from `metadata.description`. */
  description: string | null
  /** Staff mark a series `metadata.featured` to show its titles on the home page. */
  featured: boolean
  createdAt: string | null
}

/** A collection as a series, or null when it lacks a title or handle. */
export function reshapeSeries(collection: HttpTypes.StoreCollection): Series | null {
  const title = collection.title?.trim()
  const handle = collection.handle?.trim()
  if (!title || !handle) return null
  const metadata = (collection.metadata ?? {}) as Record<string, unknown>
  const description = typeof metadata.description === "string" ? metadata.description.trim() : ""
  const featured = metadata.featured === true || metadata.featured === "true"
  const created = (collection as { created_at?: string | Date | null }).created_at
  return {
    id: collection.id,
    title,
    handle,
    description: description || null,
    featured,
    createdAt: created ? new Date(created).toISOString() : null,
  }
}

/**
 * The series whose titles the home page features: the ones staff marked featured, else the
 * most recently started series (a new series is news).
 */
export function featuredSeries(series: readonly Series[]): Series | null {
  const marked = series.filter((s) => s.featured)
  const candidates = marked.length ? marked : series
  return (
    [...candidates].sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || a.title.localeCompare(b.title, "en"))[0] ??
    null
  )
}
