/**
 * URL handles (products, contributors, series): lower-case ASCII words joined by hyphens.
 * "Lenin and Trotsky" → "lenin-and-trotsky"; accents are dropped ("Dühring" → "duhring").
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** The shape a handle must have (what slugify produces). */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
