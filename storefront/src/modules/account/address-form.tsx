"use client"

import { useActionState } from "react"
import type { Address } from "@/lib/account/reshape"
import { idleState } from "@/lib/account/form-state"
import type { AddressField } from "@/lib/account/validation"
import { saveAddress } from "@/lib/data/customer-actions"
import { ErrorSummary } from "./error-summary"
import { fieldId, FormField } from "./form-field"
import styles from "./form.module.css"
import { SubmitButton } from "./submit-button"

const labels: Record<AddressField, string> = {
  firstName: "First name",
  lastName: "Last name",
  company: "Company",
  address1: "Street address",
  address2: "Flat, building, floor",
  city: "Town or city",
  province: "County, state or province",
  postalCode: "Postcode",
  countryCode: "Country",
  phone: "Phone",
}

type Props = {
  formId: string
  countryCode: string
  /** Countries the shop delivers to, by name. */
  countries: { code: string; name: string }[]
  /** The address being edited; absent for a new one. */
  address?: Address
  /** The country a new address starts in. */
  defaultCountry: string
  submitLabel: string
}

export function AddressForm({ formId, countryCode, countries, address, defaultCountry, submitLabel }: Props) {
  const [state, action] = useActionState(saveAddress, idleState<AddressField>(address ?? { countryCode: defaultCountry }))
  const values = state.values
  const countryError = state.errors.countryCode
  const countryId = fieldId(formId, "countryCode")
  const field = (name: AddressField, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      formId={formId}
      name={name}
      label={labels[name]}
      defaultValue={values[name]}
      error={state.errors[name]}
      {...extra}
    />
  )

  return (
    <form action={action} className={styles.form} noValidate aria-label={submitLabel}>
      <ErrorSummary state={state} formId={formId} labels={labels} title="The address could not be saved" />
      <input type="hidden" name="shopCountry" value={countryCode} />
      {address ? <input type="hidden" name="addressId" value={address.id} /> : null}
      <div className={styles.row}>
        {field("firstName", { autoComplete: "given-name" })}
        {field("lastName", { autoComplete: "family-name" })}
      </div>
      {field("company", { autoComplete: "organization", optional: true })}
      {field("address1", { autoComplete: "address-line1" })}
      {field("address2", { autoComplete: "address-line2", optional: true })}
      <div className={styles.row}>
        {field("city", { autoComplete: "address-level2" })}
        {field("postalCode", { autoComplete: "postal-code" })}
      </div>
      {field("province", { autoComplete: "address-level1", optional: true })}
      <div className={styles.field}>
        <label htmlFor={countryId} className={styles.label}>
          {labels.countryCode}
        </label>
        <select
          id={countryId}
          name="countryCode"
          required
          autoComplete="country"
          defaultValue={values.countryCode}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${countryId}-error` : undefined}
          className={styles.input}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {countryError ? (
          <p id={`${countryId}-error`} className={styles.error}>
            {countryError}
          </p>
        ) : null}
      </div>
      {field("phone", { type: "tel", autoComplete: "tel", optional: true, hint: "Only used if the courier needs to reach you." })}
      <div className={styles.actions}>
        <SubmitButton label={submitLabel} pendingLabel="Saving…" />
      </div>
    </form>
  )
}
