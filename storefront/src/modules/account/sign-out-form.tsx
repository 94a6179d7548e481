import { signOut } from "@/lib/data/customer-actions"
import styles from "./account.module.css"

/** A real form, so signing out works before any script has loaded. */
export function SignOutForm({ countryCode }: { countryCode: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="shopCountry" value={countryCode} />
      <button type="submit" className={styles.linkButton}>
        Sign out
      </button>
    </form>
  )
}
