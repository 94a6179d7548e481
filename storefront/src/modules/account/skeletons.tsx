import styles from "@/modules/catalogue/skeletons.module.css"

/** Placeholder rows while the reader's orders or addresses are fetched. */
export function AccountListSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      <div aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className={`${styles.block} ${styles.row}`} />
        ))}
      </div>
    </div>
  )
}

export function AccountPageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      <div aria-hidden="true">
        <div className={`${styles.block} ${styles.heading}`} />
        <div className={`${styles.block} ${styles.line}`} />
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className={`${styles.block} ${styles.row}`} />
        ))}
      </div>
    </div>
  )
}
