/** The most copies of one format a reader may put in the cart in one line. */
export const maxLineQuantity = 99

export type QuantityCheck = { ok: true; quantity: number } | { ok: false; message: string }

/**
 * A quantity typed by a reader: a whole number from 1 to 99 ("0" is not a way to remove a
 * line; the Remove button is). Anything else gets a sentence saying what to type instead.
 */
export function checkQuantity(raw: unknown, max: number = maxLineQuantity): QuantityCheck {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : ""
  if (text === "") return { ok: false, message: "Enter a quantity." }
  if (!/^\d+$/.test(text)) return { ok: false, message: "Enter a whole number of copies, such as 1 or 2." }
  const quantity = Number(text)
  if (quantity < 1) return { ok: false, message: "Enter at least 1, or remove the book from your cart." }
  if (quantity > max) return { ok: false, message: `You can order up to ${max} copies at a time.` }
  return { ok: true, quantity }
}
