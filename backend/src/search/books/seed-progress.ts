/**
 * Progress of a books-index seed, for `npm run search:reindex`'s progress bar. The Search
 * Module's reindex only answers when it is done, so the index's own seed reports each page of
 * products it has read; whoever started the reindex in this process listens.
 */
type Listener = (rows: number) => void

const listeners = new Set<Listener>()

/** Called by the seed after each page of products it read (published or not). */
export function reportSeedRows(rows: number): void {
  for (const listener of listeners) listener(rows)
}

/** Listens to seed pages until the returned function is called. */
export function onSeedRows(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
