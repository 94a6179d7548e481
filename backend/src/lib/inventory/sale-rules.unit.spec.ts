import {
  allocatableForPreorders,
  allocateOldestFirst,
  availableQuantity,
  canCancelPreorderLine,
  capProblem,
  decideSale,
  isLowStock,
  releaseDateProblem,
  saleRefusalMessage,
} from "./sale-rules"

describe("availableQuantity", () => {
  it("sums stocked minus reserved over locations", () => {
    expect(availableQuantity([{ stocked: 5, reserved: 2 }, { stocked: 3, reserved: 0 }])).toBe(6)
  })
  it("never goes below zero when backorders over-reserve", () => {
    expect(availableQuantity([{ stocked: 0, reserved: 4 }])).toBe(0)
  })
})

describe("decideSale", () => {
  const stock = (available: number, requested = 1) => ({ requested, managesInventory: true, available, preorder: null })

  it("sells while copies are free and refuses the copy after the last", () => {
    expect(decideSale(stock(5, 5))).toEqual({ ok: true, kind: "stock" })
    expect(decideSale(stock(0))).toEqual({ ok: false, reason: "sold_out", remaining: 0 })
    expect(decideSale(stock(2, 3))).toEqual({ ok: false, reason: "sold_out", remaining: 2 })
  })
  it("refuses zero, negative and fractional quantities", () => {
    for (const q of [0, -1, 1.5]) expect(decideSale(stock(10, q))).toMatchObject({ ok: false, reason: "invalid_quantity" })
  })
  it("always sells what does not track stock", () => {
    expect(decideSale({ requested: 3, managesInventory: false, available: 0, preorder: null })).toEqual({ ok: true, kind: "unmanaged" })
  })
  it("limits pre-orders by their cap, not by stock", () => {
    const pre = (cap: number | null, claimed: number, requested = 1) => ({ requested, managesInventory: true, available: 0, preorder: { cap, claimed } })
    expect(decideSale(pre(null, 1000))).toEqual({ ok: true, kind: "preorder" })
    expect(decideSale(pre(10, 9))).toEqual({ ok: true, kind: "preorder" })
    expect(decideSale(pre(10, 10))).toEqual({ ok: false, reason: "preorder_cap_reached", remaining: 0 })
    expect(decideSale(pre(10, 8, 3))).toEqual({ ok: false, reason: "preorder_cap_reached", remaining: 2 })
  })
})

describe("saleRefusalMessage", () => {
  it("says sold out and that nothing was charged", () => {
    const message = saleRefusalMessage("Reason in Revolt (Paperback)", { ok: false, reason: "sold_out", remaining: 0 })
    expect(message).toMatch(/^Sold out: "Reason in Revolt \(Paperback\)"/)
    expect(message).toContain("nothing was charged")
  })
  it("names how many are left when some are", () => {
    expect(saleRefusalMessage("X", { ok: false, reason: "sold_out", remaining: 1 })).toContain("only 1 copy")
    expect(saleRefusalMessage("X", { ok: false, reason: "preorder_cap_reached", remaining: 0 })).toContain("Pre-orders for \"X\" are sold out")
  })
})

describe("allocatableForPreorders", () => {
  it("gives pre-orders what is stocked minus copies promised to others", () => {
    // 10 stocked; 3 reserved for ordinary orders and 7 for pending pre-orders.
    expect(allocatableForPreorders({ stocked: 10, reserved: 10, pending: 7, allocated: 0 })).toBe(7)
    // Nothing arrived yet.
    expect(allocatableForPreorders({ stocked: 0, reserved: 7, pending: 7, allocated: 0 })).toBe(0)
    // After an allocation the allocated lines are no longer pending: nothing is handed out twice.
    expect(allocatableForPreorders({ stocked: 4, reserved: 7, pending: 3, allocated: 4 })).toBe(0)
    // Allocated lines that hold no reservation still keep their copies.
    expect(allocatableForPreorders({ stocked: 5, reserved: 0, pending: 3, allocated: 4 })).toBe(1)
  })
})

describe("allocateOldestFirst", () => {
  const lines = [
    { id: "a", quantity: 2 },
    { id: "b", quantity: 3 },
    { id: "c", quantity: 1 },
  ]
  it("serves the oldest lines while copies last", () => {
    expect(allocateOldestFirst(lines, 6).allocated.map((l) => l.id)).toEqual(["a", "b", "c"])
    expect(allocateOldestFirst(lines, 5)).toMatchObject({ remaining: 0, stopped: true })
    expect(allocateOldestFirst(lines, 5).allocated.map((l) => l.id)).toEqual(["a", "b"])
  })
  it("never lets a younger line overtake an older one that does not fit", () => {
    expect(allocateOldestFirst(lines, 4).allocated.map((l) => l.id)).toEqual(["a"])
    expect(allocateOldestFirst(lines, 0).allocated).toEqual([])
  })
})

describe("terms rules", () => {
  const now = new Date("2026-11-22T12:00:00Z")
  it("requires a future release date for new terms only", () => {
    expect(releaseDateProblem(new Date("2026-11-01"), now, true)).toMatch(/future/)
    expect(releaseDateProblem(new Date("2026-11-01"), now, false)).toBeNull()
    expect(releaseDateProblem(new Date("2027-01-01"), now, true)).toBeNull()
    expect(releaseDateProblem(new Date("nonsense"), now, false)).toMatch(/valid/)
  })
  it("refuses a cap below what is already pre-ordered", () => {
    expect(capProblem(5, 6)).toMatch(/below the 6/)
    expect(capProblem(6, 6)).toBeNull()
    expect(capProblem(null, 100)).toBeNull()
    expect(capProblem(0, 0)).toMatch(/above zero/)
  })
  it("lets readers cancel only pending lines", () => {
    expect(canCancelPreorderLine("pending")).toBe(true)
    for (const s of ["allocated", "shipped", "cancelled"]) expect(canCancelPreorderLine(s)).toBe(false)
  })
  it("calls stock low at or below the threshold (default 5)", () => {
    expect(isLowStock(5, null)).toBe(true)
    expect(isLowStock(6, undefined)).toBe(false)
    expect(isLowStock(10, 20)).toBe(true)
  })
})
