import { fulfilmentRefusal, linesCompletedByShipment, placeReservations, trackingNumbers } from "./preorder-fulfilment"

describe("fulfilling pre-ordered lines", () => {
  it("refuses a pre-order that still waits for stock, naming the title", () => {
    expect(fulfilmentRefusal([{ line_item_id: "a", status: "pending", title: "In Defence of Lenin (Paperback)" }])).toBe(
      "“In Defence of Lenin (Paperback)” is a pre-order still waiting for stock: allocate it before fulfilling"
    )
  })

  it("names every waiting title once when several wait", () => {
    expect(
      fulfilmentRefusal([
        { line_item_id: "a", status: "pending", title: "A" },
        { line_item_id: "b", status: "allocated", title: "B" },
        { line_item_id: "c", status: "pending", title: "C" },
        { line_item_id: "d", status: "pending", title: "A" },
      ])
    ).toBe("“A”, “C” are pre-orders still waiting for stock: allocate them before fulfilling")
  })

  it("lets allocated, shipped and cancelled lines — and orders without pre-orders — through", () => {
    expect(fulfilmentRefusal([])).toBeNull()
    expect(
      fulfilmentRefusal([
        { line_item_id: "a", status: "allocated", title: "A" },
        { line_item_id: "b", status: "shipped", title: "B" },
        { line_item_id: "c", status: "cancelled", title: "C" },
      ])
    ).toBeNull()
  })
})

describe("lines a shipment completes", () => {
  const lines = [
    { id: "l1", line_item_id: "i1", status: "allocated", quantity: 1 },
    { id: "l2", line_item_id: "i2", status: "allocated", quantity: 2 },
    { id: "l3", line_item_id: "i3", status: "shipped", quantity: 1 },
    { id: "l4", line_item_id: "i4", status: "pending", quantity: 1 },
  ]

  it("are the allocated lines whose whole quantity has shipped", () => {
    const shipped = new Map([["i1", 1], ["i2", 2], ["i3", 1], ["i4", 1]])
    expect(linesCompletedByShipment(lines, shipped).map((l) => l.id)).toEqual(["l1", "l2"])
  })

  it("leave a line shipped in part allocated, and change nothing on a second delivery", () => {
    expect(linesCompletedByShipment(lines, new Map([["i2", 1]]))).toEqual([])
    const after = lines.map((l) => (l.id === "l1" ? { ...l, status: "shipped" } : l))
    expect(linesCompletedByShipment(after, new Map([["i1", 1]]))).toEqual([])
  })
})

describe("tracking numbers", () => {
  it("are the labels' numbers without blanks or repeats", () => {
    expect(trackingNumbers([{ tracking_number: " RM123GB " }, { tracking_number: "" }, null, { tracking_number: "RM123GB" }, { tracking_number: "RM456GB" }])).toEqual([
      "RM123GB",
      "RM456GB",
    ])
    expect(trackingNumbers([])).toEqual([])
  })
})

describe("placing reservations of allocated pre-orders", () => {
  const free = (entries: [string, number][]) => new Map([["item", new Map(entries)]])
  const r = (id: string, location: string, quantity = 1) => ({ id, inventory_item_id: "item", location_id: location, quantity })

  it("keeps a reservation where its location has the copies", () => {
    expect(placeReservations([r("r1", "london")], free([["london", 1], ["ny", 5]]))).toEqual({ moves: [], unplaced: [] })
  })

  it("moves a reservation to where the copies arrived", () => {
    expect(placeReservations([r("r1", "london")], free([["london", 0], ["ny", 3]]))).toEqual({ moves: [{ id: "r1", from: "london", to: "ny" }], unplaced: [] })
  })

  it("uses up copies oldest first: once the own location is empty the next moves, to the fullest location", () => {
    const result = placeReservations([r("r1", "london"), r("r2", "london"), r("r3", "london")], free([["london", 1], ["ny", 1], ["paris", 2]]))
    expect(result).toEqual({ moves: [{ id: "r2", from: "london", to: "paris" }, { id: "r3", from: "london", to: "ny" }], unplaced: [] })
  })

  it("leaves a reservation that fits nowhere whole where it is", () => {
    expect(placeReservations([r("r1", "london", 2)], free([["london", 1], ["ny", 1]]))).toEqual({ moves: [], unplaced: ["r1"] })
    expect(placeReservations([r("r1", "london")], new Map())).toEqual({ moves: [], unplaced: ["r1"] })
  })

  it("breaks ties between equally full locations by id, so runs are repeatable", () => {
    expect(placeReservations([r("r1", "london")], free([["b-loc", 2], ["a-loc", 2]])).moves).toEqual([{ id: "r1", from: "london", to: "a-loc" }])
  })
})
