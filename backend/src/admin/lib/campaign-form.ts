/**
 * The campaign form of Medusa Admin, as pure functions: what the form holds, how a stored
 * campaign fills it, what it sends, and what it refuses before sending. Unit-tested.
 */
export type CampaignStatus = "draft" | "live" | "ended"

export type FeaturedTitle = { product_id: string; title: string }

export type CampaignFormState = {
  title: string
  slug: string
  summary: string
  body: string
  hero_image_url: string
  /** "YYYY-MM-DDTHH:mm" in the browser's time zone (a datetime-local input). */
  starts_at: string
  ends_at: string
  status: CampaignStatus
  discount_enabled: boolean
  discount_percent: string
  titles: FeaturedTitle[]
}

export type AdminCampaign = {
  id: string
  title: string
  slug: string
  summary: string | null
  body: string
  hero_image_url: string | null
  starts_at: string
  ends_at: string
  status: CampaignStatus
  state: "draft" | "scheduled" | "live" | "ended"
  discount_percent: number | null
  promotion_code: string | null
  titles: { product_id: string; position: number; product?: { title?: string | null } | null }[]
}

const pad = (n: number) => String(n).padStart(2, "0")

/** A date as a datetime-local value in the browser's zone. */
export function toLocalInput(value: string | Date): string {
  const d = new Date(value)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function emptyForm(now = new Date()): CampaignFormState {
  const inMonth = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000)
  return {
    title: "",
    slug: "",
    summary: "",
    body: "",
    hero_image_url: "",
    starts_at: toLocalInput(now),
    ends_at: toLocalInput(inMonth),
    status: "draft",
    discount_enabled: false,
    discount_percent: "20",
    titles: [],
  }
}

export function formFromCampaign(c: AdminCampaign): CampaignFormState {
  return {
    title: c.title,
    slug: c.slug,
    summary: c.summary ?? "",
    body: c.body,
    hero_image_url: c.hero_image_url ?? "",
    starts_at: toLocalInput(c.starts_at),
    ends_at: toLocalInput(c.ends_at),
    status: c.status,
    discount_enabled: c.discount_percent !== null,
    discount_percent: String(c.discount_percent ?? 20),
    titles: [...c.titles]
      .sort((a, b) => a.position - b.position)
      .map((t) => ({ product_id: t.product_id, title: t.product?.title ?? t.product_id })),
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Problems the form can name before sending, by field ("" when none). */
export function formProblems(form: CampaignFormState): Partial<Record<keyof CampaignFormState, string>> {
  const problems: Partial<Record<keyof CampaignFormState, string>> = {}
  if (!form.title.trim()) problems.title = "Give the campaign a title."
  if (!SLUG.test(form.slug)) problems.slug = "Use lower-case letters and digits joined by hyphens, e.g. lenin-lives."
  const start = Date.parse(form.starts_at)
  const end = Date.parse(form.ends_at)
  if (Number.isNaN(start)) problems.starts_at = "Choose a start date."
  if (Number.isNaN(end)) problems.ends_at = "Choose an end date."
  else if (!Number.isNaN(start) && end <= start) problems.ends_at = "The end must be after the start."
  if (form.discount_enabled) {
    const pct = Number(form.discount_percent)
    if (!Number.isInteger(pct) || pct < 1 || pct > 90) problems.discount_percent = "Enter a whole percentage from 1 to 90."
    if (form.titles.length === 0) problems.titles = "A discount needs at least one featured title."
  }
  return problems
}

/** The body of POST /admin/campaign-pages[/:id]. */
export function bodyFromForm(form: CampaignFormState) {
  return {
    title: form.title.trim(),
    slug: form.slug,
    summary: form.summary.trim() || null,
    body: form.body,
    hero_image_url: form.hero_image_url.trim() || null,
    starts_at: new Date(form.starts_at).toISOString(),
    ends_at: new Date(form.ends_at).toISOString(),
    status: form.status,
    discount_percent: form.discount_enabled ? Number(form.discount_percent) : null,
    product_ids: form.titles.map((t) => t.product_id),
  }
}

/** Moves a featured title up (-1) or down (+1); out-of-range moves change nothing. */
export function moveTitle(titles: FeaturedTitle[], index: number, by: -1 | 1): FeaturedTitle[] {
  const target = index + by
  if (index < 0 || index >= titles.length || target < 0 || target >= titles.length) return titles
  const next = [...titles]
  const [moved] = next.splice(index, 1)
  if (moved) next.splice(target, 0, moved)
  return next
}

/** A slug suggested from the title while staff have not typed one. */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

export type ChartDay = { date: string; clicks: number; orders: number }

/** Polyline points for clicks and orders per day in a width × height box (y grows downwards). */
export function chartLines(series: ChartDay[], width: number, height: number) {
  const max = Math.max(1, ...series.map((d) => Math.max(d.clicks, d.orders)))
  const step = series.length > 1 ? width / (series.length - 1) : 0
  const point = (value: number, i: number) => `${(i * step).toFixed(1)},${(height - (value / max) * height).toFixed(1)}`
  return {
    max,
    clicks: series.map((d, i) => point(d.clicks, i)).join(" "),
    orders: series.map((d, i) => point(d.orders, i)).join(" "),
  }
}
