import { describe, expect, it, jest } from "@jest/globals"
import { FetchError } from "@medusajs/js-sdk"
import { isPublishableKeyRejection, resolvePublishableKey } from "./publishable-key"

describe("resolvePublishableKey", () => {
  it("uses MEDUSA_PUBLISHABLE_KEY without asking the backend", async () => {
    const discover = jest.fn(async () => ({ publishable_key: "pk_backend" }))
    await expect(resolvePublishableKey(" pk_env ", discover)).resolves.toBe("pk_env")
    expect(discover).not.toHaveBeenCalled()
  })

  it("asks the backend when no key is configured", async () => {
    await expect(resolvePublishableKey(undefined, async () => ({ publishable_key: "pk_123" }))).resolves.toBe("pk_123")
    await expect(resolvePublishableKey("", async () => ({ publishable_key: "pk_123" }))).resolves.toBe("pk_123")
  })

  it("explains what to do when the backend cannot be reached", async () => {
    const down = async () => {
      throw new TypeError("fetch failed")
    }
    await expect(resolvePublishableKey(undefined, down)).rejects.toThrow(
      /publishable key.*fetch failed.*MEDUSA_PUBLISHABLE_KEY/s
    )
  })

  it("refuses an answer without a key", async () => {
    await expect(resolvePublishableKey(undefined, async () => ({ publishable_key: "" }))).rejects.toThrow(
      /did not return/
    )
    await expect(resolvePublishableKey(undefined, async () => "pk_plain_text")).rejects.toThrow(/did not return/)
  })
})

describe("isPublishableKeyRejection", () => {
  it("recognises the backend refusing the key", () => {
    const refused = new FetchError(
      "A valid publishable key is required to proceed with the request",
      "Bad Request",
      400
    )
    expect(isPublishableKeyRejection(refused)).toBe(true)
  })

  it("does not treat other failures as a key problem", () => {
    expect(isPublishableKeyRejection(new FetchError("Product not found", "Not Found", 404))).toBe(false)
    expect(isPublishableKeyRejection(new FetchError("Invalid region_id", "Bad Request", 400))).toBe(false)
    expect(isPublishableKeyRejection(new TypeError("fetch failed"))).toBe(false)
  })
})
