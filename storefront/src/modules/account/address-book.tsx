import Link from "next/link"
import { addressLines, type Address } from "@/lib/account/reshape"
import { deleteAddress } from "@/lib/data/customer-actions"
import styles from "./account.module.css"

type Props = { addresses: Address[]; countryCode: string; countryName: (code: string) => string }

export function AddressBook({ addresses, countryCode, countryName }: Props) {
  if (addresses.length === 0) {
    return (
      <p className={styles.empty}>
        <strong>No saved addresses yet.</strong> Add one below to fill in checkout faster.
      </p>
    )
  }
  return (
    <ul className={styles.cards} aria-label="Saved addresses">
      {addresses.map((address) => {
        const lines = addressLines(address, countryName)
        const name = lines.slice(0, 3).join(", ")
        return (
          <li key={address.id} className={styles.card}>
            <address>
              {lines.map((line, i) => (
                <span key={i}>
                  {line}
                  <br />
                </span>
              ))}
              {address.phone ? <span>{address.phone}</span> : null}
            </address>
            <div className={styles.cardActions}>
              <Link href={`/${countryCode}/account/addresses/${address.id}`} aria-label={`Edit ${name}`}>
                Edit
              </Link>
              <form action={deleteAddress}>
                <input type="hidden" name="shopCountry" value={countryCode} />
                <input type="hidden" name="addressId" value={address.id} />
                <button type="submit" className={styles.linkButton} aria-label={`Delete ${name}`}>
                  Delete
                </button>
              </form>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
