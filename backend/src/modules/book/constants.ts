/**
 * The closed vocabularies of the book module, shared by its models, the API validators and
 * the ONIX import. Values are the ones stored in the database.
 */

/** ONIX code list 64 (Publishing status), the subset a small publisher uses. */
export const PUBLISHING_STATUSES = ["forthcoming", "active", "postponed", "cancelled"] as const
export type PublishingStatus = (typeof PUBLISHING_STATUSES)[number]

/** Contributor roles (ONIX list 17: A01 author, B01 editor, B06 translator, A24 introduction). */
export const CONTRIBUTOR_ROLES = ["author", "editor", "translator", "introduction"] as const
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number]

/** The physical or digital form of one variant (ONIX ProductForm BC, BB, ED/E101). */
export const BOOK_FORMATS = ["paperback", "hardback", "ebook"] as const
export type BookFormatName = (typeof BOOK_FORMATS)[number]

/** ISO 639-2/B, as ONIX <LanguageCode> carries it. */
export const DEFAULT_LANGUAGE = "eng"
