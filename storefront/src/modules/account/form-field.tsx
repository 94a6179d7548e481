import type { InputHTMLAttributes } from "react"
import styles from "./form.module.css"

type Props = {
  /** Also the field's name in the form data. */
  name: string
  label: string
  /** The form's id, so ids stay unique when one page shows two forms. */
  formId: string
  error?: string
  hint?: string
  optional?: boolean
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">

/** A labelled text input with its hint and its error, both announced with the field. */
export function FormField({ name, label, formId, error, hint, optional, ...input }: Props) {
  const id = fieldId(formId, name)
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label} {optional ? <span className={styles.optional}>(optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        name={name}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={styles.input}
      />
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`
}
