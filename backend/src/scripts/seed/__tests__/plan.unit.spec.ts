import { missingBy, missingMemberships, progressLine, storeUpdate, type StoreState } from "../plan"

describe("missingBy", () => {
  const wanted = [{ name: "United Kingdom" }, { name: "Europe" }, { name: "Canada" }]

  it("keeps only the items whose key does not exist yet, in wanted order", () => {
    expect(missingBy(wanted, ["Europe"], (r) => r.name)).toEqual([
      { name: "United Kingdom" },
      { name: "Canada" },
    ])
  })

  it("returns nothing on a second run, when everything exists", () => {
    expect(missingBy(wanted, ["Canada", "United Kingdom", "Europe", "Extra"], (r) => r.name)).toEqual([])
  })
})

describe("progressLine", () => {
  it("reads like the seed's log", () => {
    expect(progressLine("Regions", 7, 2)).toBe("Regions: 7 (2 created)")
  })
})

describe("storeUpdate", () => {
  const wanted: StoreState = {
    name: "Wellred Books",
    supported_currencies: [
      { currency_code: "gbp", is_default: true, is_tax_inclusive: true },
      { currency_code: "usd", is_default: false, is_tax_inclusive: false },
    ],
    default_sales_channel_id: "sc_1",
    default_region_id: "reg_1",
    default_location_id: "sloc_1",
  }

  it("is undefined when the store is already as wanted, whatever the currency order", () => {
    const current = { ...wanted, supported_currencies: [...wanted.supported_currencies].reverse() }
    expect(storeUpdate(current, wanted)).toBeUndefined()
  })

  it("renames Medusa's default store and sets all defaults on a fresh database", () => {
    const fresh: StoreState = {
      name: "Medusa Store",
      supported_currencies: [{ currency_code: "usd", is_default: true, is_tax_inclusive: false }],
      default_sales_channel_id: "sc_default",
      default_region_id: null,
      default_location_id: null,
    }
    expect(storeUpdate(fresh, wanted)).toEqual({
      name: "Wellred Books",
      supported_currencies: wanted.supported_currencies,
      default_sales_channel_id: "sc_1",
      default_region_id: "reg_1",
      default_location_id: "sloc_1",
    })
  })

  it("sends the currencies again when only tax inclusiveness differs", () => {
    const current: StoreState = {
      ...wanted,
      supported_currencies: wanted.supported_currencies.map((c) => ({ ...c, is_tax_inclusive: false })),
    }
    expect(storeUpdate(current, wanted)).toEqual({ supported_currencies: wanted.supported_currencies })
  })
})

describe("missingMemberships", () => {
  const wanted = [
    { groupId: "col_classics", productId: "prod_anti" },
    { groupId: "col_classics", productId: "prod_civil" },
    { groupId: "col_lenin", productId: "prod_lenin" },
  ]

  it("lists per group only the products not in it yet", () => {
    const members = new Set(["col_classics/prod_anti"])
    expect(missingMemberships(wanted, (g, p) => members.has(`${g}/${p}`))).toEqual(
      new Map([
        ["col_classics", ["prod_civil"]],
        ["col_lenin", ["prod_lenin"]],
      ])
    )
  })

  it("is empty on a second run", () => {
    expect(missingMemberships(wanted, () => true).size).toBe(0)
  })
})
