import { ATTRIBUTION_KEY } from "../constants"

/** One followed campaign link: which campaign, when (ISO 8601). */
export type Touch = { slug: string; at: string }

/** First and last campaign touch, stored on cart metadata and copied to the order. */
export type Attribution = { first: Touch; last: Touch }

const isTouch = (value: unknown): value is Touch =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Touch).slug === "string" &&
  typeof (value as Touch).at === "string" &&
  !Number.isNaN(Date.parse((value as Touch).at))

/** The attribution on cart or order metadata, or null when absent or malformed. */
export function readAttribution(metadata: unknown): Attribution | null {
  if (typeof metadata !== "object" || metadata === null) return null
  const value = (metadata as Record<string, unknown>)[ATTRIBUTION_KEY]
  if (typeof value !== "object" || value === null) return null
  const { first, last } = value as Record<string, unknown>
  return isTouch(first) && isTouch(last) ? { first, last } : null
}

/**
 * Adds a touch: the first touch is the earliest ever seen, the last the latest (a touch that
 * arrives late with an older time changes neither unless it is earlier than the first).
 */
export function mergeTouch(existing: Attribution | null, touch: Touch): Attribution {
  if (!existing) return { first: touch, last: touch }
  const at = Date.parse(touch.at)
  return {
    first: at < Date.parse(existing.first.at) ? touch : existing.first,
    last: at >= Date.parse(existing.last.at) ? touch : existing.last,
  }
}

/** Metadata with the merged attribution; every other key is kept as it was. */
export function withTouch(metadata: Record<string, unknown> | null | undefined, touch: Touch): Record<string, unknown> {
  const merged = mergeTouch(readAttribution(metadata), touch)
  return { ...(metadata ?? {}), [ATTRIBUTION_KEY]: merged }
}

/** Whether a campaign is the first or the last touch of this attribution. */
export function isAttributedTo(attribution: Attribution | null, slug: string): boolean {
  return attribution !== null && (attribution.first.slug === slug || attribution.last.slug === slug)
}
