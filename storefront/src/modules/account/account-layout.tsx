import type { ReactNode } from "react"
import { AccountNav } from "./account-nav"
import styles from "./account.module.css"
import { SignOutForm } from "./sign-out-form"

export function AccountLayout({ countryCode, children }: { countryCode: string; children: ReactNode }) {
  return (
    <div className={styles.layout}>
      <AccountNav countryCode={countryCode} signOut={<SignOutForm countryCode={countryCode} />} />
      <div>{children}</div>
    </div>
  )
}
