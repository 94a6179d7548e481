export const PREORDER_MODULE = "preorder"

/** Terms are `open` while the variant sells as a pre-order; `closed` once staff end it. */
export const TERMS_STATUSES = ["open", "closed"] as const
export type TermsStatus = (typeof TERMS_STATUSES)[number]

/** A pre-order line waits (`pending`) for stock, gets a copy (`allocated`), then ships or is cancelled. */
export const LINE_STATUSES = ["pending", "allocated", "shipped", "cancelled"] as const
export type LineStatus = (typeof LINE_STATUSES)[number]
