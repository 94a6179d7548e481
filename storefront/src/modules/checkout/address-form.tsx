"use client"

import { useActionState, useState, type FormEvent } from "react"
import { checkAddress, countryOptions, type AddressField, type AddressInput, type FieldErrors } from "@/lib/cart/address"
import type { Region } from "@/lib/catalogue/region"
import { saveAddress, type CheckoutActionState } from "@/lib/data/checkout-actions"
import { ErrorSummary } from "./error-summary"
import styles from "./checkout.module.css"

const idle: CheckoutActionState = { status: "idle", message: null }

type FieldSpec = { name: AddressField; label: string; autoComplete: string; type?: string; optional?: boolean; wide?: boolean }

const fields: FieldSpec[] = [
  { name: "email", label: "E-mail address", autoComplete: "email", type: "email", wide: true },
  { name: "first_name", label: "First name", autoComplete: "given-name" },
  { name: "last_name", label: "Last name", autoComplete: "family-name" },
  { name: "address_1", label: "Address", autoComplete: "address-line1", wide: true },
  { name: "address_2", label: "Address line 2", autoComplete: "address-line2", optional: true, wide: true },
  { name: "city", label: "Town or city", autoComplete: "address-level2" },
  { name: "province", label: "County, state or province", autoComplete: "address-level1", optional: true },
  { name: "postal_code", label: "Postcode", autoComplete: "postal-code" },
  { name: "phone", label: "Phone", autoComplete: "tel", type: "tel", optional: true },
]

const fieldId = (name: AddressField) => `checkout-${name.replace("_", "-")}`

type Props = { countryCode: string; region: Region; initial: Partial<AddressInput> }

/** Step 1: e-mail and delivery address, checked as typed and again by the server. */
export function AddressForm({ countryCode, region, initial }: Props) {
  const [state, action, pending] = useActionState(saveAddress, idle)
  const [local, setLocal] = useState<{ errors: FieldErrors; at: number } | null>(null)
  const errors: FieldErrors = local?.errors ?? state.errors ?? {}
  const values = { ...initial, ...state.values }
  const message = local ? "Please correct the highlighted fields." : state.message

  const check = (event: FormEvent<HTMLFormElement>) => {
    const result = checkAddress(new FormData(event.currentTarget), region)
    if (!result.ok) {
      event.preventDefault()
      setLocal({ errors: result.errors, at: Date.now() })
    } else {
      setLocal(null)
    }
  }

  const summary = (Object.entries(errors) as [AddressField, string][]).map(([name, text]) => ({ fieldId: fieldId(name), text }))
  const field = (spec: FieldSpec) => {
    const id = fieldId(spec.name)
    const error = errors[spec.name]
    return (
      <div key={spec.name} className={spec.wide ? `${styles.field} ${styles.wide}` : styles.field}>
        <label htmlFor={id}>
          {spec.label}
          {spec.optional ? <span className={styles.optional}> (optional)</span> : null}
        </label>
        <input
          id={id}
          name={spec.name}
          type={spec.type ?? "text"}
          autoComplete={spec.autoComplete}
          defaultValue={values[spec.name] ?? ""}
          required={!spec.optional}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={styles.input}
        />
        {error ? (
          <p id={`${id}-error`} className={styles.fieldError}>
            {error}
          </p>
        ) : null}
      </div>
    )
  }
  const countryError = errors.country_code

  return (
    <form action={action} onSubmit={check} noValidate className={styles.form}>
      <ErrorSummary message={message} errors={summary} version={local?.at ?? state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <div className={styles.grid}>
        {fields.slice(0, 8).map(field)}
        <div className={styles.field}>
          <label htmlFor={fieldId("country_code")}>Country</label>
          <select
            id={fieldId("country_code")}
            name="country_code"
            autoComplete="country"
            defaultValue={values.country_code || countryCode}
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? `${fieldId("country_code")}-error` : undefined}
            className={styles.input}
          >
            {countryOptions(region).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {countryError ? (
            <p id={`${fieldId("country_code")}-error`} className={styles.fieldError}>
              {countryError}
            </p>
          ) : null}
        </div>
        {fields.slice(8).map(field)}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Continue to delivery"}
      </button>
    </form>
  )
}
