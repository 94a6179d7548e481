import { cloneElement, useId, type ReactElement } from "react"
import { Hint, Label } from "@medusajs/ui"

type Props = {
  label: string
  optional?: boolean
  hint?: string
  error?: string
  /** One input-like element; it gets the id, aria-describedby and aria-invalid. */
  children: ReactElement<{ id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean }>
}

/** A labelled form control with its hint and its error, wired for screen readers. */
export function FormField({ label, optional, hint, error, children }: Props) {
  const id = useId()
  const hintId = hint && !error ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
      </Label>
      {cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && (
        <Hint id={errorId} variant="error">
          {error}
        </Hint>
      )}
    </div>
  )
}
