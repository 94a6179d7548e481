/** Events the book workflows emit (storefront revalidation and search sync listen to them). */
export const BookEvents = {
  CONTRIBUTOR_CREATED: "contributor.created",
  CONTRIBUTOR_UPDATED: "contributor.updated",
  CONTRIBUTOR_DELETED: "contributor.deleted",
  BOOK_DETAILS_UPDATED: "book-details.updated",
} as const
