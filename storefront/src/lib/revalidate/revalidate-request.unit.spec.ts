import { describe, expect, it } from "@jest/globals"
import { decideRevalidation } from "./revalidate-request"

const secret = "s3cret-value-for-tests"

describe("POST /api/revalidate decisions", () => {
  it("refuses a missing or wrong secret with 401, and everyone when no secret is configured", () => {
    expect(decideRevalidation(null, secret, { tags: ["products"] }).status).toBe(401)
    expect(decideRevalidation("wrong", secret, { tags: ["products"] }).status).toBe(401)
    expect(decideRevalidation(`${secret}x`, secret, { tags: ["products"] }).status).toBe(401)
    expect(decideRevalidation(secret, undefined, { tags: ["products"] }).status).toBe(401)
  })

  it("refreshes the known tags it is given, once each", () => {
    expect(decideRevalidation(secret, secret, { tags: ["products", "book:reason-in-revolt", "products"] })).toEqual({
      status: 200,
      tags: ["products", "book:reason-in-revolt"],
    })
  })

  it("answers 400 for a malformed body or an unknown tag", () => {
    expect(decideRevalidation(secret, secret, null).status).toBe(400)
    expect(decideRevalidation(secret, secret, { tags: [] }).status).toBe(400)
    const bad = decideRevalidation(secret, secret, { tags: ["products", "<script>"] })
    expect(bad).toEqual({ status: 400, error: 'Unknown cache tag(s): "<script>".' })
  })
})
