import { searchOptions } from "./search-options"
import type { Contributor } from "./book-types"

const person = (name: string): Contributor => ({
  id: `c_${name}`,
  name,
  handle: name.toLowerCase().replace(/ /g, "-"),
  bio: null,
  photo_url: null,
  created_at: "",
  updated_at: "",
})
const everyone = [person("Alan Woods"), person("Karl Marx")]

describe("searchOptions", () => {
  it("offers nothing while the shown results belong to an earlier search", () => {
    // "marx" typed, the debounced query still "", the unfiltered list on screen.
    expect(searchOptions({ typed: "marx", query: "", results: everyone, placeholder: false, canCreate: true })).toBeNull()
    // Debounce done, the request for "marx" in flight, the old list kept as placeholder.
    expect(searchOptions({ typed: "marx", query: "marx", results: everyone, placeholder: true, canCreate: true })).toBeNull()
  })

  it("offers the matches, then creating the typed name unless someone has it exactly", () => {
    const marx = [person("Karl Marx")]
    const options = searchOptions({ typed: "marx ", query: "marx", results: marx, placeholder: false, canCreate: true })
    expect(options?.map((o) => (o.kind === "create" ? `create:${o.name}` : o.contributor.name))).toEqual(["Karl Marx", "create:marx"])
    const exact = searchOptions({ typed: "karl marx", query: "karl marx", results: marx, placeholder: false, canCreate: true })
    expect(exact?.map((o) => o.kind)).toEqual(["contributor"])
  })

  it("offers no creation on an empty box or when creating is not allowed", () => {
    expect(searchOptions({ typed: "", query: "", results: everyone, placeholder: false, canCreate: true })).toHaveLength(2)
    expect(searchOptions({ typed: "zetkin", query: "zetkin", results: [], placeholder: false, canCreate: false })).toEqual([])
  })
})
