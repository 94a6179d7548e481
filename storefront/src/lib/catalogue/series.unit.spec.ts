import { describe, expect, it } from "@jest/globals"
import type { HttpTypes } from "@medusajs/types"
import { featuredSeries, reshapeSeries, type Series } from "./series"

const collection = (overrides: Partial<HttpTypes.StoreCollection> & { created_at?: string }) =>
  ({ id: "pcol_1", title: "Classics of Marxism", handle: "classics-of-marxism", metadata: null, ...overrides }) as HttpTypes.StoreCollection

describe("reshapeSeries", () => {
  it("reads the title, handle and staff's description", () => {
    expect(
      reshapeSeries(collection({ metadata: { description: " Founding texts. " }, created_at: "2026-01-02T00:00:00.000Z" }))
    ).toEqual({
      id: "pcol_1",
      title: "Classics of Marxism",
      handle: "classics-of-marxism",
      description: "Founding texts.",
      featured: false,
      createdAt: "2026-01-02T00:00:00.000Z",
    })
  })

  it("skips a collection without a title or handle", () => {
    expect(reshapeSeries(collection({ title: " " }))).toBeNull()
    expect(reshapeSeries(collection({ handle: "" }))).toBeNull()
  })
})

describe("featuredSeries", () => {
  const s = (handle: string, createdAt: string, featured = false): Series => ({
    id: handle,
    title: handle,
    handle,
    description: null,
    featured,
    createdAt,
  })

  it("features what staff marked, else the newest series", () => {
    const old = s("old", "2020-01-01", true)
    const recent = s("recent", "2026-01-01")
    expect(featuredSeries([recent, old])?.handle).toBe("old")
    expect(featuredSeries([s("a", "2020-01-01"), recent])?.handle).toBe("recent")
    expect(featuredSeries([])).toBeNull()
  })
})
