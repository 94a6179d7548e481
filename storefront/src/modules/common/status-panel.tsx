import type { ReactNode } from "react"
import styles from "./status-panel.module.css"

/** The body of not-found and error pages: a heading, a sentence, and what to do next. */
export function StatusPanel({
  eyebrow,
  title,
  children,
  actions,
}: {
  eyebrow: string
  title: string
  children: ReactNode
  actions: ReactNode
}) {
  return (
    <section className={styles.panel}>
      <p className={styles.eyebrow}>{eyebrow}</p>
      <h1>{title}</h1>
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>{actions}</div>
    </section>
  )
}
