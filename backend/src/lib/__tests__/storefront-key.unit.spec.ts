import { pickStorefrontKey, STOREFRONT_KEY_TITLE } from "../storefront-key"

const key = (token: string, title: string, created: string, revoked: string | null = null) => ({
  token,
  title,
  created_at: created,
  revoked_at: revoked,
})

describe("pickStorefrontKey", () => {
  it("prefers the key titled for the storefront over older keys", () => {
    expect(
      pickStorefrontKey([
        key("pk_old", "Webshop test", "2024-01-01"),
        key("pk_shop", STOREFRONT_KEY_TITLE, "2025-01-01"),
      ])
    ).toBe("pk_shop")
  })

  it("never hands out a revoked key, even the storefront one", () => {
    expect(
      pickStorefrontKey([
        key("pk_shop", STOREFRONT_KEY_TITLE, "2024-01-01", "2024-06-01"),
        key("pk_other", "Other", "2025-01-01"),
      ])
    ).toBe("pk_other")
  })

  it("falls back to the oldest active key and returns undefined when there is none", () => {
    expect(pickStorefrontKey([key("pk_b", "B", "2025-02-01"), key("pk_a", "A", "2025-01-01")])).toBe("pk_a")
    expect(pickStorefrontKey([])).toBeUndefined()
  })
})
