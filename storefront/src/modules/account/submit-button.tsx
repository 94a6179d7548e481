"use client"

import { useFormStatus } from "react-dom"
import styles from "./form.module.css"

/** The form's submit button, which says what it is doing while the server works. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={`button ${styles.button}`} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  )
}
