import styles from "./cart-skeleton.module.css"

/** A placeholder while the cart, checkout or order loads (announced once to screen readers). */
export function CartSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      <div className={`${styles.block} ${styles.heading}`} />
      <div className={styles.layout} aria-hidden="true">
        <div>
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className={`${styles.block} ${styles.row}`} />
          ))}
        </div>
        <div className={`${styles.block} ${styles.summary}`} />
      </div>
    </div>
  )
}
