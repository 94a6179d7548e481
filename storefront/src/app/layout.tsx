import "@fontsource-variable/inter/wght.css"
import "@fontsource-variable/literata/wght.css"
import "./globals.css"
import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { siteDescription, siteName, siteUrl } from "@/lib/site"

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: siteDescription,
  openGraph: { siteName, type: "website" },
}

export const viewport: Viewport = {
  themeColor: "#faf8f4",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
