import styles from "./skeletons.module.css"

export function BookGridSkeleton({ items = 8 }: { items?: number }) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading books…
      </p>
      <div className={`${styles.block} ${styles.heading}`} />
      <div className={`${styles.block} ${styles.line}`} />
      <ul className={styles.grid} aria-hidden="true">
        {Array.from({ length: items }, (_, i) => (
          <li key={i}>
            <div className={`${styles.block} ${styles.cover}`} />
            <div className={`${styles.block} ${styles.line}`} />
            <div className={`${styles.block} ${styles.short}`} />
          </li>
        ))}
      </ul>
    </div>
  )
}

export function AuthorSkeleton() {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the author…
      </p>
      <div className={`${styles.block} ${styles.heading}`} />
      <div className={`${styles.block} ${styles.line}`} />
      <div className={`${styles.block} ${styles.line}`} />
      <ul className={styles.grid} aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <li key={i}>
            <div className={`${styles.block} ${styles.cover}`} />
            <div className={`${styles.block} ${styles.line}`} />
          </li>
        ))}
      </ul>
    </div>
  )
}
