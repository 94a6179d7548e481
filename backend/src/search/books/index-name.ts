/**
 * The books index's name: what `query.search({ entity })` and `POST /store/search` ask for.
 * Kept apart from books.ts, whose import registers the definition, so scripts and routes can
 * name the index without registering it out of turn.
 */
export const BOOKS_INDEX = "books"
