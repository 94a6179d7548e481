import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { countryChoices } from "@/lib/catalogue/region"
import { getAddress, requireCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { AddressForm } from "@/modules/account/address-form"

type Props = { params: Promise<{ countryCode: string; id: string }> }

export const metadata: Metadata = { title: "Edit address", robots: { index: false, follow: false } }

export default async function EditAddressPage({ params }: Props) {
  const { countryCode, id } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/addresses/${encodeURIComponent(id)}`)
  const [address, regions] = await Promise.all([getAddress(id), listRegions()])
  if (!address) notFound()
  return (
    <>
      <p>
        <Link href={`/${countryCode}/account/addresses`}>← All addresses</Link>
      </p>
      <h1>Edit address</h1>
      <AddressForm
        formId="edit-address-form"
        countryCode={countryCode}
        countries={countryChoices(regions)}
        address={address}
        defaultCountry={address.countryCode}
        submitLabel="Save changes"
      />
    </>
  )
}
