"use client"

import { useEffect, useRef } from "react"
import type { FormState } from "@/lib/account/form-state"
import { fieldId } from "./form-field"
import styles from "./form.module.css"

type Props<Field extends string> = {
  state: FormState<Field>
  formId: string
  labels: Record<Field, string>
  title: string
}

/**
 * The list of what is wrong with a submitted form. It takes the keyboard focus each time the
 * server refuses the form, so a screen reader announces it and the reader can jump to each field.
 */
export function ErrorSummary<Field extends string>({ state, formId, labels, title }: Props<Field>) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === "error") ref.current?.focus()
  }, [state])

  if (state.status !== "error") return null
  const fields = Object.entries(state.errors) as [Field, string][]
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={styles.summary}>
      <h2 id={`${formId}-summary-title`}>{title}</h2>
      {state.message ? <p>{state.message}</p> : null}
      {fields.length > 0 ? (
        <ul>
          {fields.map(([field, message]) => (
            <li key={field}>
              <a href={`#${fieldId(formId, field)}`}>
                {labels[field]}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
