"use client"

import { useEffect, useRef } from "react"
import styles from "./checkout.module.css"

/**
 * The errors of a checkout form, above it, focused as soon as they appear so the reader hears
 * them at once; each links to its field.
 */
export function ErrorSummary({
  message,
  errors = [],
  version,
}: {
  message: string | null
  errors?: { fieldId: string; text: string }[]
  /** Changes with every failed submission, so the summary is focused again each time. */
  version: unknown
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message) ref.current?.focus()
  }, [message, version])
  if (!message) return null
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={styles.errorSummary}>
      <p className={styles.errorTitle}>{message}</p>
      {errors.length > 0 ? (
        <ul>
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`}>{error.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
