import { describe, expect, it } from "@jest/globals"
import { loginPath, safeReturnPath } from "./return-path"

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/gb/account/orders", "gb")).toBe("/gb/account/orders")
    expect(safeReturnPath("/gb/checkout?step=review", "gb")).toBe("/gb/checkout?step=review")
  })

  it("sends anything that could leave the site to the account page", () => {
    for (const raw of [
      "https://evil.test/gb/account",
      "//evil.test/path",
      "/\\evil.test",
      "\\\\evil.test",
      "javascript:alert(1)",
      "gb/account",
      "/gb/\u0000account",
      "/gb\naccount",
      "",
      undefined,
      ["/gb/account"],
      "/" + "a".repeat(600),
    ]) {
      expect(safeReturnPath(raw, "gb")).toBe("/gb/account")
    }
  })

  it("does not send a reader back to the sign-in page", () => {
    expect(safeReturnPath("/gb/account/login", "gb")).toBe("/gb/account")
    expect(safeReturnPath("/us/account/login/?next=/x", "us")).toBe("/us/account")
  })

  it("normalises dot segments so they cannot climb out of the site", () => {
    expect(safeReturnPath("/gb/../../account", "gb")).toBe("/account")
  })
})

describe("loginPath", () => {
  it("carries the return path encoded", () => {
    expect(loginPath("gb", "/gb/account/orders?page=2")).toBe("/gb/account/login?next=%2Fgb%2Faccount%2Forders%3Fpage%3D2")
    expect(loginPath("gb")).toBe("/gb/account/login")
  })
})
