import Link from "next/link"
import type { Campaign } from "@/lib/campaign/campaign"
import type { BookSummary } from "@/lib/catalogue/book"
import { BookGrid } from "@/modules/catalogue/book-grid"
import { CampaignHero } from "./campaign-hero"
import styles from "./campaign.module.css"

type Props = { campaign: Campaign; books: BookSummary[]; countryCode: string }

/**
 * A campaign page: hero, the copy (HTML the backend rendered from Markdown with every raw tag
 * escaped and unsafe links dropped), then the featured titles with this region's prices and the
 * right button (add to cart, or pre-order with its date).
 */
export function CampaignTemplate({ campaign, books, countryCode }: Props) {
  return (
    <article>
      <CampaignHero campaign={campaign} countryCode={countryCode} />
      {campaign.bodyHtml ? (
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: campaign.bodyHtml }} />
      ) : null}
      <section aria-labelledby="campaign-titles">
        <h2 id="campaign-titles">{campaign.live ? "The books" : "The books of this campaign"}</h2>
        {books.length > 0 ? (
          <BookGrid books={books} countryCode={countryCode} headingLevel={3} />
        ) : (
          <p>
            These books are not on sale in your region. <Link href={`/${countryCode}/books`}>Browse all books</Link>.
          </p>
        )}
      </section>
      <p>
        <Link href={`/${countryCode}/campaigns`}>All campaigns</Link>
      </p>
    </article>
  )
}
