import { defaultCountry } from "../routing/default-country"
import type { FieldErrors } from "./validation"

/**
 * What an account form's server action answers: nothing yet, or why it was refused (one message
 * for the whole form and/or one per field) with the values to show again. Passwords are never
 * sent back.
 */
export type FormState<Field extends string> = {
  status: "idle" | "error"
  message?: string
  errors: FieldErrors<Field>
  values: Partial<Record<Field, string>>
}

export function idleState<Field extends string>(values: Partial<Record<Field, string>> = {}): FormState<Field> {
  return { status: "idle", errors: {}, values }
}

/** The shop's country reaches the actions in a hidden field: only a two-letter code is believed. */
export function countryCodeFrom(form: FormData): string {
  const value = form.get("shopCountry")
  return typeof value === "string" && /^[a-z]{2}$/.test(value) ? value : defaultCountry()
}
