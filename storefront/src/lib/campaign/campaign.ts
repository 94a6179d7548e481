import type { Format } from "../catalogue/book"
import { formatDay, isoDay } from "../catalogue/publication"

/** A campaign as the backend's store API returns it (live or ended; drafts never arrive). */
export type RawCampaign = {
  id: string
  title: string
  slug: string
  summary: string | null
  hero_image_url: string | null
  starts_at: string
  ends_at: string
  state: "live" | "ended" | "draft" | "scheduled"
  discount_percent: number | null
  product_ids: string[]
  body_html?: string
}

export type Campaign = {
  id: string
  title: string
  slug: string
  summary: string | null
  heroImageUrl: string | null
  startsOn: string
  endsOn: string
  live: boolean
  /** Percentage off the featured titles; only while live. */
  discountPercent: number | null
  productIds: string[]
  /** The copy, already rendered to safe HTML by the backend (no raw HTML, no script links). */
  bodyHtml: string
}

export function reshapeCampaign(raw: RawCampaign): Campaign {
  const live = raw.state === "live"
  return {
    id: raw.id,
    title: raw.title,
    slug: raw.slug,
    summary: raw.summary,
    heroImageUrl: raw.hero_image_url,
    startsOn: isoDay(raw.starts_at) ?? raw.starts_at.slice(0, 10),
    endsOn: isoDay(raw.ends_at) ?? raw.ends_at.slice(0, 10),
    live,
    discountPercent: live ? raw.discount_percent : null,
    productIds: raw.product_ids,
    bodyHtml: raw.body_html ?? "",
  }
}

/** What the campaign page says about its state: the discount and its end, or that it has ended. */
export function campaignNotice(campaign: Campaign, countryCode: string): string {
  const end = formatDay(campaign.endsOn, countryCode)
  if (!campaign.live) return `This campaign ended on ${end}. Its books are still available at their usual prices.`
  if (campaign.discountPercent) {
    return `${campaign.discountPercent}% off the featured titles until ${end}, applied in your cart.`
  }
  return `Running until ${end}.`
}

/** Books in the campaign's chosen order (the catalogue answers in its own order). */
export function inCampaignOrder<T extends { id: string }>(productIds: readonly string[], books: readonly T[]): T[] {
  const byId = new Map(books.map((b) => [b.id, b]))
  return productIds.flatMap((id) => {
    const book = byId.get(id)
    return book ? [book] : []
  })
}

/** The first live campaign (the one the home page features), if any. */
export const activeCampaign = (campaigns: readonly Campaign[]): Campaign | null => campaigns.find((c) => c.live) ?? null

/** The format `?add=<format>` names ("hardback", "Paperback", "ebook"), if the book has it. */
export function formatToAdd(formats: readonly Format[], wanted: string | null): Format | null {
  const name = wanted?.trim().toLowerCase()
  if (!name) return null
  return formats.find((f) => f.kind === name || f.name.toLowerCase() === name) ?? null
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a /go path segment can be a campaign slug or a book handle at all. */
export const isPlausibleSlug = (value: string): boolean => value.length <= 200 && SLUG.test(value)

/** Where a /go link sends the reader once the touch is recorded. */
export function goDestination(input: { countryCode: string; slug: string; bookHandle?: string; added?: boolean }): string {
  if (input.added) return `/${input.countryCode}/cart`
  if (input.bookHandle) return `/${input.countryCode}/books/${input.bookHandle}`
  return `/${input.countryCode}/campaigns/${input.slug}`
}

/** Whether a cart's metadata records a followed campaign link (the backend's `campaign_attribution`). */
export function followedCampaignLink(metadata: unknown): boolean {
  if (typeof metadata !== "object" || metadata === null) return false
  const attribution = (metadata as Record<string, unknown>).campaign_attribution
  return typeof attribution === "object" && attribution !== null && "last" in attribution
}
