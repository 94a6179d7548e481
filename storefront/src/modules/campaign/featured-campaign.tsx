import Link from "next/link"
import { activeCampaign, campaignNotice, inCampaignOrder } from "@/lib/campaign/campaign"
import { listCampaigns } from "@/lib/data/campaigns"
import { listBooksById } from "@/lib/data/products"
import { getRegionForCountry } from "@/lib/data/regions"
import { cacheTags } from "@/lib/cache-tags"
import { BookGrid } from "@/modules/catalogue/book-grid"
import styles from "./campaign.module.css"

const booksShown = 4

/**
 * The live campaign on the home page: title, summary, the discount, a few of its books and a
 * link to the campaign. Renders nothing when no campaign is live or campaigns cannot be read
 * (the home page must not fail because of a campaign).
 */
export async function FeaturedCampaign({ countryCode }: { countryCode: string }) {
  let campaign
  try {
    campaign = activeCampaign(await listCampaigns())
  } catch {
    return null
  }
  if (!campaign) return null
  const region = await getRegionForCountry(countryCode)
  const ids = campaign.productIds.slice(0, booksShown)
  const books = region && ids.length ? inCampaignOrder(ids, await listBooksById(ids, region, [cacheTags.campaigns])) : []
  const href = `/${countryCode}/campaigns/${campaign.slug}`
  return (
    <section aria-labelledby="featured-campaign" className={styles.featured}>
      <h2 id="featured-campaign">
        <Link href={href}>{campaign.title}</Link>
      </h2>
      {campaign.summary ? <p className={styles.summary}>{campaign.summary}</p> : null}
      <p className={styles.state}>{campaignNotice(campaign, countryCode)}</p>
      {books.length > 0 ? <BookGrid books={books} countryCode={countryCode} headingLevel={3} /> : null}
      <p>
        <Link href={href} className="button">
          See the whole campaign
        </Link>
      </p>
    </section>
  )
}
