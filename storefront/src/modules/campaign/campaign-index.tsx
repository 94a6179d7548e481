import Link from "next/link"
import { campaignNotice, type Campaign } from "@/lib/campaign/campaign"
import styles from "./campaign.module.css"

/** Every campaign readers can see: the live ones first, then the ended ones (which say so). */
export function CampaignIndex({ campaigns, countryCode }: { campaigns: Campaign[]; countryCode: string }) {
  return (
    <>
      <h1>Campaigns</h1>
      {campaigns.length === 0 ? (
        <p>There are no campaigns at the moment. <Link href={`/${countryCode}/books`}>Browse all books</Link>.</p>
      ) : (
        <ul className={styles.list}>
          {campaigns.map((campaign) => (
            <li key={campaign.id} className={styles.card}>
              <span className={styles.state}>{campaign.live ? "On now" : "Ended"}</span>
              <h2>
                <Link href={`/${countryCode}/campaigns/${campaign.slug}`}>{campaign.title}</Link>
              </h2>
              {campaign.summary ? <p>{campaign.summary}</p> : null}
              <p>{campaignNotice(campaign, countryCode)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
