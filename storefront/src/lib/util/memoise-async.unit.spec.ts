import { describe, expect, it, jest } from "@jest/globals"
import { memoiseAsync } from "./memoise-async"

describe("memoiseAsync", () => {
  it("loads once and shares the result, also between concurrent callers", async () => {
    const load = jest.fn(async () => "pk_123")
    const get = memoiseAsync(load)
    const [a, b] = await Promise.all([get(), get()])
    await get()
    expect([a, b]).toEqual(["pk_123", "pk_123"])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it("does not remember a failure: the next call tries again", async () => {
    const load = jest
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("backend not up yet"))
      .mockResolvedValueOnce("pk_123")
    const get = memoiseAsync(load)
    await expect(get()).rejects.toThrow("backend not up yet")
    await expect(get()).resolves.toBe("pk_123")
  })

  it("loads again once the time to live has passed", async () => {
    let now = 0
    let version = 0
    const get = memoiseAsync(async () => ++version, { ttlMs: 60_000, now: () => now })
    expect(await get()).toBe(1)
    now = 59_999
    expect(await get()).toBe(1)
    now = 60_000
    expect(await get()).toBe(2)
  })

  it("can be told to forget", async () => {
    let version = 0
    const get = memoiseAsync(async () => ++version)
    await get()
    get.clear()
    expect(await get()).toBe(2)
  })
})

describe("memoiseAsync with staleWhileRevalidate", () => {
  it("answers with the old value at once while reloading in the background", async () => {
    let now = 0
    let version = 0
    const get = memoiseAsync(async () => ++version, { ttlMs: 1000, staleWhileRevalidate: true, now: () => now })
    expect(await get()).toBe(1)
    now = 5000
    expect(await get()).toBe(1)
    await Promise.resolve()
    expect(await get()).toBe(2)
  })

  it("keeps the old value when the background reload fails", async () => {
    let now = 0
    const load = jest
      .fn<() => Promise<string>>()
      .mockResolvedValueOnce("gb,us")
      .mockRejectedValueOnce(new Error("backend restarting"))
      .mockResolvedValueOnce("gb,us,se")
    const get = memoiseAsync(load, { ttlMs: 1000, staleWhileRevalidate: true, now: () => now })
    expect(await get()).toBe("gb,us")
    now = 2000
    expect(await get()).toBe("gb,us")
    await new Promise((r) => setTimeout(r, 0))
    expect(await get()).toBe("gb,us")
    await new Promise((r) => setTimeout(r, 0))
    expect(await get()).toBe("gb,us,se")
  })
})
