/**
 * The demo campaigns: #LeninLives (live for a year around the seed date, 20% off its titles)
 * and last winter's sale (ended). Dates are relative to the day the seed first runs.
 */
export type CampaignSeed = {
  title: string
  slug: string
  summary: string
  body: string
  hero_image_url: string | null
  status: "draft" | "live" | "ended"
  /** Days from the seed date. */
  startsInDays: number
  endsInDays: number
  discount_percent: number | null
  /** Featured products by handle, in order. */
  handles: string[]
}

export const CAMPAIGNS: CampaignSeed[] = [
  {
    title: "#LeninLives",
    slug: "lenin-lives",
    summary:
      "A century after his death, Lenin's ideas are more relevant than ever. Read the new biography and the books that explain what he fought for — 20% off while the campaign runs.",
    body: [
      "## Lenin lives",
      "",
      "A hundred years after Lenin's death, the lies told about him have not stopped. **In Defence of Lenin** answers them with Lenin's own words and record.",
      "",
      "Alongside the new biography we have gathered the books that explain what Lenin and Trotsky *really* stood for:",
      "",
      "- the story of the Bolshevik party, from its first circles to October;",
      "- Trotsky's own history of the revolution;",
      "- the debate about Lenin and Trotsky, with both sides in one book.",
      "",
      "> \"Without revolutionary theory there can be no revolutionary movement.\" — V. I. Lenin",
      "",
      "Every featured title is **20% off** while the campaign is live. Read more about the centenary at [marxist.com](https://www.marxist.com).",
    ].join("\n"),
    hero_image_url: null,
    status: "live",
    startsInDays: -30,
    endsInDays: 335,
    discount_percent: 20,
    handles: ["in-defence-of-lenin", "lenin-and-trotsky", "bolshevism", "history-of-the-russian-revolution"],
  },
  {
    title: "Winter reading sale",
    slug: "winter-reading",
    summary: "Philosophy for the long evenings: our winter sale has ended, but the books are still here.",
    body: [
      "## Winter reading",
      "",
      "Last winter we offered our philosophy titles at a discount. The sale is over; the ideas are not.",
    ].join("\n"),
    hero_image_url: null,
    status: "ended",
    startsInDays: -120,
    endsInDays: -60,
    discount_percent: 15,
    handles: ["reason-in-revolt", "the-history-of-philosophy", "the-revolutionary-philosophy-of-marxism"],
  },
]

const DAY = 24 * 60 * 60 * 1000

/** A seed campaign as the create workflow takes it, dated from `now`. */
export function campaignInput(seed: CampaignSeed, productIds: string[], now: Date) {
  return {
    title: seed.title,
    slug: seed.slug,
    summary: seed.summary,
    body: seed.body,
    hero_image_url: seed.hero_image_url,
    status: seed.status,
    starts_at: new Date(now.getTime() + seed.startsInDays * DAY),
    ends_at: new Date(now.getTime() + seed.endsInDays * DAY),
    discount_percent: seed.discount_percent,
    product_ids: productIds,
  }
}
