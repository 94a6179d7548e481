/** Plain-text paragraphs from a description (blank lines separate paragraphs). */
export function paragraphs(text: string | null): string[] {
  if (!text) return []
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
}

/** A one-line summary of at most `max` characters, cut at a word and ended with "…". */
export function summarise(text: string | null, max = 160): string | null {
  if (!text) return null
  const flat = text.replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat || null
  const cut = flat.slice(0, max - 1)
  const atWord = cut.slice(0, cut.lastIndexOf(" ")) || cut
  return `${atWord.replace(/[\s,;:.–—-]+$/, "")}…`
}
