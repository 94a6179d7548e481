import { describe, expect, it } from "@jest/globals"
import { orderLike, reshapeContributor, roleBadges } from "./contributor"

const ctx = { backendUrl: "http://localhost:9000" }

describe("reshapeContributor", () => {
  it("merges the rows of one book into one entry with every role, in the backend's order", () => {
    const contributor = reshapeContributor(
      {
        id: "contrib_1",
        name: "Alan Woods",
        handle: "alan-woods",
        bio: " Writer. ",
        photo_url: "http://localhost:9000/static/woods.jpg",
        books: [
          { product_id: "p2", handle: "in-defence-of-lenin", title: "In Defence of Lenin", role: "introduction" },
          { product_id: "p1", handle: "bolshevism", title: "Bolshevism", role: "author" },
          { product_id: "p2", handle: "in-defence-of-lenin", title: "In Defence of Lenin", role: "editor" },
          { product_id: "p3", handle: "odd", title: "Odd", role: "illustrator" },
        ],
      },
      ctx
    )
    expect(contributor.books).toEqual([
      { productId: "p2", handle: "in-defence-of-lenin", title: "In Defence of Lenin", roles: ["editor", "introduction"] },
      { productId: "p1", handle: "bolshevism", title: "Bolshevism", roles: ["author"] },
    ])
    expect(contributor.bio).toBe("Writer.")
    expect(contributor.photoUrl).toBe("/media/woods.jpg")
  })
})

describe("roleBadges and orderLike", () => {
  it("badges every role but plain authorship", () => {
    expect(roleBadges(["author"])).toEqual([])
    expect(roleBadges(["author", "introduction"])).toEqual(["introduction"])
  })

  it("puts priced books in the contributor's order and drops the ones not sold here", () => {
    const order = ["p2", "p1", "p3"].map((productId) => ({ productId, handle: productId, title: productId, roles: [] }))
    expect(orderLike([{ id: "p1" }, { id: "p2" }], order).map((b) => b.id)).toEqual(["p2", "p1"])
  })
})
