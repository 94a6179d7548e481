import type { Page } from "playwright-core"

export type Shopper = { email: string; firstName: string; lastName: string; address: string; city: string; postcode: string }

/**
 * From a filled cart page in the UK shop: checkout with the test payment, the way a reader does
 * (address → delivery → payment → review → place order), ending on the confirmation page.
 * `atReview` looks at the review step before the order is placed.
 */
export async function checkOutWithTestPayment(
  page: Page,
  shopper: Shopper,
  options: { atReview?: (page: Page) => Promise<void> } = {}
): Promise<void> {
  await page.getByRole("link", { name: "Go to checkout" }).click()
  await page.waitForURL(/\/gb\/checkout$/)
  await page.getByRole("textbox", { name: "E-mail address" }).fill(shopper.email)
  await page.getByRole("textbox", { name: "First name" }).fill(shopper.firstName)
  await page.getByRole("textbox", { name: "Last name" }).fill(shopper.lastName)
  await page.getByRole("textbox", { name: "Address", exact: true }).fill(shopper.address)
  await page.getByRole("textbox", { name: "Town or city" }).fill(shopper.city)
  await page.getByRole("textbox", { name: "Postcode" }).fill(shopper.postcode)
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await page.waitForURL(/step=delivery/)
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.waitForURL(/step=payment/)
  await page.getByRole("radio", { name: /Test payment — no card is charged/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.waitForURL(/step=review/)
  await options.atReview?.(page)
  await page.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/gb\/order\/order_[A-Za-z0-9]+\/confirmed$/, { timeout: 30_000 })
}
