import type { Metadata } from "next"
import { Suspense } from "react"
import { countryChoices } from "@/lib/catalogue/region"
import { requireCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { SavedAddresses } from "@/modules/account/account-sections"
import styles from "@/modules/account/account.module.css"
import { AddressForm } from "@/modules/account/address-form"
import { countryNamer } from "@/modules/account/countries"
import { AccountListSkeleton } from "@/modules/account/skeletons"

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ saved?: string; deleted?: string }>
}

export const metadata: Metadata = { title: "Your addresses", robots: { index: false, follow: false } }

export default async function AddressesPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/addresses`)
  const [{ saved, deleted }, regions] = await Promise.all([searchParams, listRegions()])
  const choices = countryChoices(regions)
  const notice = saved ? "Address saved." : deleted ? "Address deleted." : null
  return (
    <>
      <h1>Your addresses</h1>
      <div role="status">{notice ? <p className={styles.notice}>{notice}</p> : null}</div>
      <Suspense fallback={<AccountListSkeleton label="Loading your addresses…" />}>
        <SavedAddresses countryCode={countryCode} countryName={countryNamer(choices)} />
      </Suspense>
      <section aria-labelledby="new-address" className={styles.section}>
        <h2 id="new-address">Add an address</h2>
        <AddressForm
          formId="new-address-form"
          countryCode={countryCode}
          countries={choices}
          defaultCountry={countryCode}
          submitLabel="Save address"
        />
      </section>
    </>
  )
}
