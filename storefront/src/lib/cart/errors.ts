/**
 * A sentence for the reader from an error the store API answered (the SDK's FetchError
 * carries Medusa's message and the HTTP status). Medusa's own wording is for developers, so
 * the cases a reader can meet are put in plain words; the rest get a general apology.
 */
export function readerMessage(error: unknown, fallback = "Something went wrong. Please try again."): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : ""
  const status = error instanceof Error && "status" in error && typeof error.status === "number" ? error.status : null

  if (/required inventory|insufficient inventory|not enough (stock|inventory)|out of stock/i.test(message)) {
    return "Sorry, there are not enough copies in stock. Lower the quantity or choose another format."
  }
  const promo = /promotion code (.+?) is invalid/i.exec(message)
  if (promo) return `“${promo[1]}” is not a valid promo code. Check the spelling, or try another code.`
  if (/do(es)? not have a price|no price|price.*not found/i.test(message)) {
    return "This format is not sold in your country."
  }
  if (/already (been )?completed|is completed/i.test(message)) {
    return "This order has already been placed."
  }
  if (/being completed by another request/i.test(message)) {
    return "Your order is already being placed. Please wait a moment."
  }
  if (/payment/i.test(message) && /(declin|authori[sz]|fail)/i.test(message)) {
    return "The payment was not accepted. Please check your payment details or choose another way to pay."
  }
  if (/shipping/i.test(message) && /(not (valid|available)|invalid|required)/i.test(message)) {
    return "The chosen delivery is no longer available. Please choose a delivery option again."
  }
  if (status !== null && status >= 500) return "The shop could not complete that just now. Please try again in a moment."
  return fallback
}
