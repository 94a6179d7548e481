import { describe, expect, it } from "@jest/globals"
import { contentSecurityPolicy, mediaContentSecurityPolicy, securityHeaders } from "./security-headers"

const header = (env: string | undefined, key: string) => securityHeaders(env).find((h) => h.key === key)?.value

describe("securityHeaders", () => {
  it("forbids framing, sniffing and leaking full referrers", () => {
    expect(header("production", "Content-Security-Policy")).toContain("frame-ancestors 'none'")
    expect(header("production", "X-Content-Type-Options")).toBe("nosniff")
    expect(header("production", "Referrer-Policy")).toBe("strict-origin-when-cross-origin")
  })

  it("sends HSTS in production only", () => {
    expect(header("production", "Strict-Transport-Security")).toMatch(/^max-age=\d{8}/)
    expect(header("development", "Strict-Transport-Security")).toBeUndefined()
    expect(header("test", "Strict-Transport-Security")).toBeUndefined()
  })
})

describe("contentSecurityPolicy", () => {
  it("names no host but our own", () => {
    const csp = contentSecurityPolicy({ development: false })
    expect(csp).not.toMatch(/https?:|\*/)
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
  })

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ development: false })).not.toContain("'unsafe-eval'")
  })
})

describe("mediaContentSecurityPolicy", () => {
  it("lets an uploaded file opened on its own run nothing", () => {
    expect(mediaContentSecurityPolicy).toContain("default-src 'none'")
    expect(mediaContentSecurityPolicy).toContain("sandbox")
    expect(mediaContentSecurityPolicy).not.toContain("script-src")
  })
})

describe("the policy with Stripe's Payment Element", () => {
  const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? ""

  it("lets Stripe.js load, reach Stripe's API and show its frames only when Stripe is configured", () => {
    const withStripe = contentSecurityPolicy({ development: false, stripe: true })
    expect(directive(withStripe, "script-src")).toContain("https://js.stripe.com")
    expect(directive(withStripe, "connect-src")).toContain("https://api.stripe.com")
    expect(directive(withStripe, "frame-src")).toContain("https://js.stripe.com")
    expect(directive(withStripe, "frame-ancestors")).toBe("frame-ancestors 'none'")

    const without = contentSecurityPolicy({ development: false })
    expect(without).not.toContain("stripe.com")
    expect(directive(without, "frame-src")).toBe("frame-src 'none'")
  })

  it("is what the headers carry when Stripe is on", () => {
    const csp = securityHeaders("production", { stripe: true }).find((h) => h.key === "Content-Security-Policy")?.value
    expect(csp).toContain("https://js.stripe.com")
  })
})
