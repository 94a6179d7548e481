"use client"

import { useActionState } from "react"
import { idleState } from "@/lib/account/form-state"
import { PASSWORD_MIN_LENGTH, type RegistrationField } from "@/lib/account/validation"
import { register } from "@/lib/data/customer-actions"
import { ErrorSummary } from "./error-summary"
import { FormField } from "./form-field"
import styles from "./form.module.css"
import { SubmitButton } from "./submit-button"

const formId = "register"
const labels: Record<RegistrationField, string> = {
  firstName: "First name",
  lastName: "Last name",
  email: "E-mail address",
  password: "Password",
}

export function RegisterForm({ countryCode, next }: { countryCode: string; next: string }) {
  const [state, action] = useActionState(register, idleState<RegistrationField>())
  return (
    <form action={action} className={styles.form} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Create an account</h2>
      <p className={styles.hint}>Follow your orders and keep your addresses for next time.</p>
      <ErrorSummary state={state} formId={formId} labels={labels} title="Your account could not be created" />
      <input type="hidden" name="shopCountry" value={countryCode} />
      <input type="hidden" name="next" value={next} />
      <div className={styles.row}>
        <FormField
          formId={formId}
          name="firstName"
          label={labels.firstName}
          autoComplete="given-name"
          defaultValue={state.values.firstName}
          error={state.errors.firstName}
        />
        <FormField
          formId={formId}
          name="lastName"
          label={labels.lastName}
          autoComplete="family-name"
          defaultValue={state.values.lastName}
          error={state.errors.lastName}
        />
      </div>
      <FormField
        formId={formId}
        name="email"
        label={labels.email}
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.errors.email}
      />
      <FormField
        formId={formId}
        name="password"
        label={labels.password}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={state.errors.password}
      />
      <div className={styles.actions}>
        <SubmitButton label="Create account" pendingLabel="Creating your account…" />
      </div>
    </form>
  )
}
