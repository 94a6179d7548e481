import { toStoreContributor, type StoreContributorRow } from "../helpers"

const product = (id: string, title: string, status = "published", channel = "sc_uk") => ({
  id,
  handle: title.toLowerCase().replace(/ /g, "-"),
  title,
  status,
  sales_channels: [{ id: channel }],
})

const woods: StoreContributorRow = {
  id: "contrib_woods",
  name: "Alan Woods",
  handle: "alan-woods",
  bio: null,
  photo_url: null,
  contributions: [
    { role: "author", book: { publication_date: "1999-01-01", product: product("prod_bol", "Bolshevism") } },
    { role: "author", book: { publication_date: "2021-09-26", product: product("prod_hop", "The History of Philosophy") } },
    { role: "author", book: { publication_date: null, product: product("prod_draft", "Draft", "draft") } },
    { role: "introduction", book: { publication_date: "2020-01-01", product: product("prod_us", "US only", "published", "sc_us") } },
    { role: "editor", book: { publication_date: "2020-01-01", product: null } },
  ],
}

describe("toStoreContributor", () => {
  it("lists the published books of the reader's sales channel, newest first", () => {
    const contributor = toStoreContributor(woods, ["sc_uk"])
    expect(contributor.books).toEqual([
      { product_id: "prod_hop", handle: "the-history-of-philosophy", title: "The History of Philosophy", role: "author" },
      { product_id: "prod_bol", handle: "bolshevism", title: "Bolshevism", role: "author" },
    ])
    expect(contributor).toMatchObject({ id: "contrib_woods", name: "Alan Woods", handle: "alan-woods" })
  })

  it("shows a book of another channel only to that channel's key", () => {
    expect(toStoreContributor(woods, ["sc_us"]).books.map((b) => b.role)).toEqual(["introduction"])
    expect(toStoreContributor(woods, []).books).toEqual([])
  })
})
