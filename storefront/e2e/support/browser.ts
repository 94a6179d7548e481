import { chromium, type Browser } from "playwright-core"

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

export function storefrontUrl(path = "/"): string {
  const base = process.env.E2E_STOREFRONT_URL
  if (!base) throw new Error("E2E_STOREFRONT_URL is not set: run the browser tests through their jest config")
  return new URL(path, base).toString()
}

/**
 * Waits until the page has streamed in: Next shows a skeleton (`aria-busy="true"`) first and
 * replaces it when the data arrives, so text read straight after `goto` can be the skeleton's.
 */
export async function settled(page: import("playwright-core").Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main[aria-busy="true"], main [aria-busy="true"]') === null)
}
