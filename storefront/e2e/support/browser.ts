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
