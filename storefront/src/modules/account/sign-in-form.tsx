"use client"

import { useActionState } from "react"
import { idleState } from "@/lib/account/form-state"
import type { SignInField } from "@/lib/account/validation"
import { signIn } from "@/lib/data/customer-actions"
import { ErrorSummary } from "./error-summary"
import { FormField } from "./form-field"
import styles from "./form.module.css"
import { SubmitButton } from "./submit-button"

const formId = "sign-in"
const labels: Record<SignInField, string> = { email: "E-mail address", password: "Password" }

export function SignInForm({ countryCode, next }: { countryCode: string; next: string }) {
  const [state, action] = useActionState(signIn, idleState<SignInField>())
  return (
    <form action={action} className={styles.form} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Sign in</h2>
      <ErrorSummary state={state} formId={formId} labels={labels} title="You could not be signed in" />
      <input type="hidden" name="shopCountry" value={countryCode} />
      <input type="hidden" name="next" value={next} />
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
        autoComplete="current-password"
        error={state.errors.password}
      />
      <div className={styles.actions}>
        <SubmitButton label="Sign in" pendingLabel="Signing in…" />
      </div>
    </form>
  )
}
