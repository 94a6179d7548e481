/**
 * The demo catalogue: every title of shared/catalogue/README.md. Facts come from that README;
 * descriptions are our own. ISBNs are checksum-valid demo numbers (serials n1 paperback, n2
 * hardback, n3 ebook for a title numbered n; The Chartist Revolution (7x) and In the Cause of
 * Labour (6x) match the ONIX test feed), not the publisher's; each product is marked
 * `metadata.demo = true` so a real ONIX import can tell them apart. Page counts, prices, weights
 * and stock are demo figures except where the README gives them (Reason in Revolt 440 pp,
 * Bolshevism 636 pp).
 */
import { CLASSIC_TITLES } from "./titles-classics"
import { WELLRED_AUTHOR_TITLES } from "./titles-wellred-authors"
import type { TitleSeed } from "./title-types"

export type { ContributorSeed, FormatName, FormatSeed, TitleSeed } from "./title-types"

export const TITLES: readonly TitleSeed[] = [...WELLRED_AUTHOR_TITLES, ...CLASSIC_TITLES]
