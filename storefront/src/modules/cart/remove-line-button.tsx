"use client"

import { useActionState } from "react"
import { removeLine, type CartActionState } from "@/lib/data/cart-actions"
import styles from "./cart.module.css"

const idle: CartActionState = { status: "idle", message: null }

export function RemoveLineButton({ lineId, description }: { lineId: string; description: string }) {
  const [state, action, pending] = useActionState(removeLine, idle)
  return (
    <form action={action} className={styles.removeForm}>
      <input type="hidden" name="lineId" value={lineId} />
      <button type="submit" className={styles.linkButton} disabled={pending}>
        {pending ? "Removing…" : "Remove"}
        <span className="visually-hidden"> {description}</span>
      </button>
      {state.status === "error" ? (
        <p className={styles.fieldError} role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
