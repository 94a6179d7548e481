"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { cancelPreorder, type CancelPreorderState } from "@/lib/data/preorders-actions"
import styles from "./account.module.css"

type Props = { lineId: string; orderPath: string; description: string }

const idle: CancelPreorderState = { status: "idle", message: null }

/**
 * "Cancel pre-order" for one pending line, asked twice because it cannot be undone: the first
 * button opens a confirmation (focus moves to it), "Keep my pre-order" closes it again (focus
 * back). The outcome is announced to screen readers.
 */
export function CancelPreorderForm({ lineId, orderPath, description }: Props) {
  const [state, action, pending] = useActionState(cancelPreorder, idle)
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      openRef.current?.focus()
    }
  }, [confirming])

  const keep = () => {
    returnFocus.current = true
    setConfirming(false)
  }

  return (
    <form action={action}>
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="order_path" value={orderPath} />
      {state.status === "done" ? null : confirming ? (
        <div role="group" aria-label={`Confirm cancelling: ${description}`}>
          <p className={styles.lede}>Cancel this pre-order? The payment for it is refunded. This cannot be undone.</p>
          <button ref={confirmRef} type="submit" className="button-quiet" disabled={pending}>
            {pending ? "Cancelling…" : "Yes, cancel pre-order"}
          </button>{" "}
          <button type="button" className="button-quiet" disabled={pending} onClick={keep}>
            Keep my pre-order
          </button>
        </div>
      ) : (
        <button
          ref={openRef}
          type="button"
          className="button-quiet"
          aria-label={`Cancel pre-order: ${description}`}
          onClick={() => setConfirming(true)}
        >
          Cancel pre-order
        </button>
      )}
      <p role="status" className={styles.lede}>
        {state.message ?? ""}
      </p>
    </form>
  )
}
