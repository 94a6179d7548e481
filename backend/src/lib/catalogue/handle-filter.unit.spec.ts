import { handlesToResolve, idFilterFor, NO_PRODUCT_ID } from "./handle-filter"

describe("handlesToResolve", () => {
  it("takes one handle or several, without repeats", () => {
    expect(handlesToResolve({ handle: "in-defence-of-lenin", region_id: "reg_1" })).toEqual(["in-defence-of-lenin"])
    expect(handlesToResolve({ handle: ["a", "b", "a"] })).toEqual(["a", "b"])
  })

  it("leaves requests alone that name ids or no handle", () => {
    expect(handlesToResolve({ handle: "a", id: "prod_1" })).toBeNull()
    expect(handlesToResolve({ q: "lenin" })).toBeNull()
    expect(handlesToResolve({ handle: "" })).toBeNull()
  })

  it("ignores values that are not strings and gives up on absurd requests", () => {
    expect(handlesToResolve({ handle: [{ $ne: "x" }, "ok"] })).toEqual(["ok"])
    expect(handlesToResolve({ handle: Array.from({ length: 101 }, (_, i) => `h${i}`) })).toBeNull()
    expect(handlesToResolve({ handle: "x".repeat(513) })).toBeNull()
  })
})

describe("idFilterFor", () => {
  it("is the found ids, or an id that matches nothing", () => {
    expect(idFilterFor([{ id: "prod_1" }, { id: "prod_2" }])).toEqual(["prod_1", "prod_2"])
    expect(idFilterFor([])).toEqual([NO_PRODUCT_ID])
  })
})
