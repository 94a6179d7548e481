/**
 * URL handle for a title: lower case ASCII words joined by hyphens.
 * "Lenin and Trotsky" → "lenin-and-trotsky"; accents are dropped ("Dühring" → "duhring").
 */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
