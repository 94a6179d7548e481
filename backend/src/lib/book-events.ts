/** Events the book workflows emit (storefront revalidation and search sync listen to them). */
export const BookEvents = {
  CONTRIBUTOR_CREATED: "contributor.created",
  CONTRIBUTOR_UPDATED: "contributor.updated",
  CONTRIBUTOR_DELETED: "contributor.deleted",
  BOOK_DETAILS_UPDATED: "book-details.updated",
  /** `{ product_id, from, to, changed_at }`; pre-orders follow the new status (ADR 0004 §10). */
  PUBLISHING_STATUS_CHANGED: "book.publishing_status_changed",
} as const
