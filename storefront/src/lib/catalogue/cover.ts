/** Number of colour tones for generated covers (see book-cover.module.css). */
export const coverToneCount = 6

/**
 * A stable tone for a book without a cover image, so each title keeps its colour across pages
 * and neighbours in a grid rarely look alike.
 */
export function coverTone(seed: string): number {
  let hash = 0
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return hash % coverToneCount
}
