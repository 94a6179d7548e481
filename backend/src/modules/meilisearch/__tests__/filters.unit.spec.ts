import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { attributeToken, compileFilter, quote } from "../filters"
import { loosePlan } from "../plan"
import { bookPlan } from "./fixtures"

const compile = (filters: SearchTypes.SearchFilters): string | undefined =>
  compileFilter(filters, bookPlan)

describe("compileFilter: the module's filter tree as a Meilisearch filter string", () => {
  it.each<[string, SearchTypes.SearchFilters, string]>([
    ["bare value", { format: "paperback" }, `format = "paperback"`],
    ["list of values", { format: ["paperback", "hardback"] }, `format IN ["paperback", "hardback"]`],
    ["$eq", { format: { $eq: "ebook" } }, `format = "ebook"`],
    ["$ne (documents without the field pass)", { format: { $ne: "ebook" } }, `format != "ebook"`],
    ["$in", { format: { $in: ["ebook", "audio"] } }, `format IN ["ebook", "audio"]`],
    ["$in with one value", { format: { $in: ["ebook"] } }, `format = "ebook"`],
    ["empty $in matches nothing", { format: { $in: [] } }, `format IN []`],
    ["$nin", { format: { $nin: ["ebook", "audio"] } }, `format NOT IN ["ebook", "audio"]`],
    ["range on a number", { price: { $gte: 5, $lt: 20 } }, `(price >= 5 AND price < 20)`],
    ["$gt / $lte", { price: { $gt: 0, $lte: 9.99 } }, `(price > 0 AND price <= 9.99)`],
    ["numeric string on a number field", { price: { $gt: "7.5" } }, `price > 7.5`],
    ["negative number", { price: { $gt: -3 } }, `price > -3`],
    ["exponent number is quoted", { price: { $lt: 1e21 } }, `price < "1e+21"`],
    [
      "date field from a Date, as epoch ms",
      { published_at: { $gte: new Date("2024-01-01T00:00:00Z") } },
      `_date_ms.published_at >= 1704067200000`,
    ],
    [
      "date field from an ISO string",
      { published_at: { $lt: "2025-01-01T00:00:00Z" } },
      `_date_ms.published_at < 1735689600000`,
    ],
    ["boolean", { in_stock: true }, `in_stock = true`],
    ["array membership (bare value)", { tags: "marxism" }, `tags = "marxism"`],
    [
      "$contains: holds every value",
      { tags: { $contains: ["marxism", "history"] } },
      `(tags = "marxism" AND tags = "history")`,
    ],
    ["$contains one value", { tags: { $contains: "marxism" } }, `tags = "marxism"`],
    ["$overlaps: holds one of the values", { tags: { $overlaps: ["a", "b"] } }, `tags IN ["a", "b"]`],
    ["$exists: true (null counts as unset)", { isbn: { $exists: true } }, `(isbn EXISTS AND isbn IS NOT NULL)`],
    ["$exists: false", { isbn: { $exists: false } }, `(isbn NOT EXISTS OR isbn IS NULL)`],
    ["equality with null means unset", { isbn: null }, `(isbn NOT EXISTS OR isbn IS NULL)`],
    ["$ne null means set", { isbn: { $ne: null } }, `(isbn EXISTS AND isbn IS NOT NULL)`],
    [
      "$in with null",
      { format: { $in: ["ebook", null] } },
      `(format = "ebook" OR (format NOT EXISTS OR format IS NULL))`,
    ],
    [
      "$nin with null",
      { format: { $nin: ["ebook", null] } },
      `(format NOT IN ["ebook"] AND (format EXISTS AND format IS NOT NULL))`,
    ],
    ["nested path", { "variants.sku": "WR-001" }, `variants.sku = "WR-001"`],
    [
      "$and",
      { $and: [{ format: "ebook" }, { price: { $lt: 10 } }] },
      `(format = "ebook" AND price < 10)`,
    ],
    ["$or", { $or: [{ format: "ebook" }, { tags: "sale" }] }, `(format = "ebook" OR tags = "sale")`],
    ["$not", { $not: { format: "ebook", in_stock: true } }, `NOT (format = "ebook" AND in_stock = true)`],
    ["$not of one condition", { $not: { format: "ebook" } }, `NOT (format = "ebook")`],
    ["$not of $exists", { $not: { isbn: { $exists: true } } }, `NOT (isbn EXISTS AND isbn IS NOT NULL)`],
    [
      "fields at one level are ANDed, groups nest",
      {
        in_stock: true,
        $or: [{ format: "ebook" }, { $and: [{ price: { $lte: 10 } }, { tags: "sale" }] }],
      },
      `in_stock = true AND (format = "ebook" OR (price <= 10 AND tags = "sale"))`,
    ],
    ["id (always filterable)", { id: { $in: ["prod_1", "prod_2"] } }, `id IN ["prod_1", "prod_2"]`],
  ])("%s", (_name, filters, expected) => {
    expect(compile(filters)).toBe(expected)
  })

  it("leaves out q, undefined values and empty groups", () => {
    expect(compile({ q: "trotsky" })).toBeUndefined()
    expect(compile({})).toBeUndefined()
    expect(compile({ format: undefined, $or: [], $and: [{}] })).toBeUndefined()
    expect(compile({ tags: { $contains: [] }, format: "ebook" })).toBe(`format = "ebook"`)
  })

  describe("escapes values so they cannot break out of the string", () => {
    it.each<[string, string]>([
      [`Rosa "Red Rosa" Luxemburg`, `contributors = "Rosa \\"Red Rosa\\" Luxemburg"`],
      [`back\\slash`, `contributors = "back\\\\slash"`],
      [`x" OR contributors = "y`, `contributors = "x\\" OR contributors = \\"y"`],
      [`O'Brien (ed.)`, `contributors = "O'Brien (ed.)"`],
      [`AND`, `contributors = "AND"`],
    ])("%p", (value, expected) => {
      expect(compile({ contributors: value })).toBe(expected)
    })

    it("quotes an attribute spelled like a reserved word", () => {
      expect(attributeToken("NOT")).toBe(`"NOT"`)
      expect(attributeToken("variants.sku")).toBe("variants.sku")
      expect(quote(`a"b\\c`)).toBe(`"a\\"b\\\\c"`)
    })
  })

  describe("refuses what Meilisearch cannot evaluate exactly (INVALID_DATA)", () => {
    it.each<[string, SearchTypes.SearchFilters, RegExp]>([
      ["$like", { format: { $like: "%back" } }, /Meilisearch cannot filter "format" by a LIKE pattern/],
      ["$prefix", { format: { $prefix: "paper" } }, /Meilisearch cannot filter "format" by prefix/],
      ["$regex", { format: { $regex: "^p" } as never }, /Meilisearch cannot apply filter operator "\$regex"/],
      ["$contains on a single value field", { format: { $contains: "x" } }, /needs an array field/],
      ["$overlaps on a single value field", { format: { $overlaps: ["x"] } }, /needs an array field/],
      ["comparison with a boolean", { price: { $gt: true as never } }, /Meilisearch cannot compare "price"/],
      ["text against a number field", { price: { $gt: "cheap" } }, /cannot compare the number field "price"/],
      ["an unreadable date", { published_at: { $gt: "soon" } }, /cannot read "soon" as a date/],
      ["a non-finite number", { price: { $lt: Number.NaN } }, /non-finite number/],
      ["an object value", { format: { $eq: { a: 1 } as never } }, /value of type object/],
      ["an unknown field", { colour: "red" }, /Unknown field "colour"/],
      ["a field that is not filterable", { title: "Capital" }, /"title" is not filterable/],
      ["an empty operator map", { format: {} }, /Empty operator map/],
      ["an unknown logical operator", { $nor: [] } as never, /cannot apply "\$nor"/],
    ])("%s", (_name, filters, message) => {
      let error: unknown
      try {
        compile(filters)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
      expect((error as MedusaError).message).toMatch(message)
    })
  })

  it("compiles any field for an index whose definition is unknown (a delete by filter)", () => {
    expect(compileFilter({ status: "draft", store_id: { $ne: "s_1" } }, loosePlan("book_v1", "id"))).toBe(
      `status = "draft" AND store_id != "s_1"`
    )
  })
})
