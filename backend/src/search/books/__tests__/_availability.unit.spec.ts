// Named with a leading "_": Medusa imports every other file under src/search at boot.
import { bookAvailability, openReleaseDay, variantInStock } from "../availability"

const levels = (...available: number[]) => available.map((available_quantity) => ({ available_quantity }))

describe("bookAvailability", () => {
  it("is in stock when any print format is in stock, whatever the publishing status", () => {
    for (const publishingStatus of ["active", "forthcoming", "postponed", null]) {
      expect(
        bookAvailability({
          publishingStatus,
          formats: [
            { print: true, inStock: false },
            { print: true, inStock: true },
          ],
        })
      ).toBe("in_stock")
    }
  })

  it("does not count an ebook as stock", () => {
    expect(bookAvailability({ publishingStatus: "active", formats: [{ print: false, inStock: true }] })).toBe("out_of_stock")
  })

  it("offers a forthcoming title without stock for pre-order", () => {
    const formats = [
      { print: true, inStock: false },
      { print: false, inStock: true },
    ]
    expect(bookAvailability({ publishingStatus: "forthcoming", formats })).toBe("preorder")
    expect(bookAvailability({ publishingStatus: "forthcoming", formats: [] })).toBe("preorder")
  })

  it("sells a print format with open pre-order terms as a pre-order, even with copies on the shelf", () => {
    expect(
      bookAvailability({
        publishingStatus: "active",
        formats: [
          { print: true, inStock: true },
          { print: true, inStock: false, preorder: true },
        ],
      })
    ).toBe("preorder")
    // An ebook's terms do not make a title a pre-order.
    expect(bookAvailability({ publishingStatus: "active", formats: [{ print: false, inStock: true, preorder: true }] })).toBe("out_of_stock")
  })

  it("is out of stock otherwise (active, postponed, cancelled or unknown)", () => {
    for (const publishingStatus of ["active", "postponed", "cancelled", undefined]) {
      expect(bookAvailability({ publishingStatus, formats: [{ print: true, inStock: false }] })).toBe("out_of_stock")
    }
  })
})

describe("variantInStock", () => {
  it("counts a variant whose inventory is not managed as always available", () => {
    expect(variantInStock({ manage_inventory: false })).toBe(true)
  })

  it("sums what every location has available", () => {
    const item = (available: number[], required = 1) => ({
      required_quantity: required,
      inventory: { location_levels: levels(...available) },
    })
    expect(variantInStock({ manage_inventory: true, inventory_items: [item([0, 1])] })).toBe(true)
    expect(variantInStock({ manage_inventory: true, inventory_items: [item([0, 0])] })).toBe(false)
    // Reservations can leave a location below zero; that does not eat another location's stock.
    expect(variantInStock({ manage_inventory: true, inventory_items: [item([-3, 2])] })).toBe(true)
    // A set that takes two of an item needs two.
    expect(variantInStock({ manage_inventory: true, inventory_items: [item([1], 2)] })).toBe(false)
    expect(variantInStock({ manage_inventory: true, inventory_items: [item([2], 1), item([0])] })).toBe(false)
  })

  it("treats a managed variant without inventory items as unavailable", () => {
    expect(variantInStock({ manage_inventory: true, inventory_items: [] })).toBe(false)
    expect(variantInStock({})).toBe(false)
  })
})

describe("openReleaseDay", () => {
  it("is the release day of open terms and null for closed, missing or unreadable terms", () => {
    expect(openReleaseDay({ preorder_terms: { status: "open", release_date: "2027-01-03T00:00:00.000Z" } })).toBe("2027-01-03")
    expect(openReleaseDay({ preorder_terms: { status: "open", release_date: new Date("2027-02-10T12:00:00Z") } })).toBe("2027-02-10")
    expect(openReleaseDay({ preorder_terms: { status: "closed", release_date: "2027-01-03T00:00:00.000Z" } })).toBeNull()
    expect(openReleaseDay({ preorder_terms: { status: "open", release_date: "not a date" } })).toBeNull()
    expect(openReleaseDay({ preorder_terms: null })).toBeNull()
    expect(openReleaseDay({})).toBeNull()
  })
})
