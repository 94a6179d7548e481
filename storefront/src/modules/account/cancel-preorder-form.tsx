"use client"

import { useActionState } from "react"
import { cancelPreorder, type CancelPreorderState } from "@/lib/data/preorders-actions"
import styles from "./account.module.css"

type Props = { lineId: string; orderPath: string; description: string }

const idle: CancelPreorderState = { status: "idle", message: null }

/** "Cancel pre-order" for one pending line; the outcome is announced to screen readers. */
export function CancelPreorderForm({ lineId, orderPath, description }: Props) {
  const [state, action, pending] = useActionState(cancelPreorder, idle)
  return (
    <form action={action}>
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="order_path" value={orderPath} />
      {state.status !== "done" ? (
        <button type="submit" className="button-quiet" disabled={pending} aria-label={`Cancel pre-order: ${description}`}>
          {pending ? "Cancelling…" : "Cancel pre-order"}
        </button>
      ) : null}
      <p role="status" className={styles.lede}>
        {state.message ?? ""}
      </p>
    </form>
  )
}
