/**
 * Version of the demo data. The seed writes it to `store.metadata.bookshop_seed_version` as
 * its very last step; the start script compares it with this number to decide whether the
 * (idempotent) seed has to run. Bump it whenever the seed learns to create something new.
 */
export const SEED_VERSION = 3

/** Where the seed records SEED_VERSION: the key in `store.metadata`. */
export const SEED_VERSION_KEY = "bookshop_seed_version"
