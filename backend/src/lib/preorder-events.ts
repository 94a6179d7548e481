/**
 * Emitted by the pre-order terms workflows (set, close) with `data.id` = the variant id: the
 * storefront's cached book pages and the search index follow the title's terms ("Pre-order —
 * ships on <day>" or "Add to cart").
 */
export const PREORDER_TERMS_CHANGED = "preorder.terms_changed"
