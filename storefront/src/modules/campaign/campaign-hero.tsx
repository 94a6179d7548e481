import { campaignNotice, type Campaign } from "@/lib/campaign/campaign"
import styles from "./campaign.module.css"

/** The top of a campaign page: its title, summary, and whether (and how long) it is on. */
export function CampaignHero({ campaign, countryCode }: { campaign: Campaign; countryCode: string }) {
  return (
    <header className={styles.hero}>
      {campaign.heroImageUrl ? (
        // Staff give any URL (or an uploaded file's path); Next's image optimiser knows no hosts.
        <img src={campaign.heroImageUrl} alt="" className={styles.heroImage} />
      ) : null}
      <p className={styles.eyebrow}>{campaign.live ? "Campaign" : "Past campaign"}</p>
      <h1>{campaign.title}</h1>
      {campaign.summary ? <p className={styles.summary}>{campaign.summary}</p> : null}
      <p className={styles.notice} data-live={campaign.live} role="status">
        {campaignNotice(campaign, countryCode)}
      </p>
    </header>
  )
}
