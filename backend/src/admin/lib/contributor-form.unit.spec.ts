import { bioSnippet, contributorProblems, toContributorBody, toContributorDraft } from "./contributor-form"

describe("contributor form", () => {
  it("leaves a blank handle out so the API derives or keeps it, and sends blank bio and photo as null", () => {
    const draft = { ...toContributorDraft(), name: " Rosa Luxemburg " }
    expect(toContributorBody(draft)).toEqual({ name: "Rosa Luxemburg", bio: null, photo_url: null })
  })

  it("names a missing name, a malformed handle and a relative photo address", () => {
    const problems = contributorProblems({ name: " ", handle: "Rosa_Luxemburg", bio: "", photo_url: "/photo.jpg" })
    expect(Object.keys(problems)).toEqual(["name", "handle", "photo_url"])
  })

  it("shortens long biographies at a word-ish boundary with an ellipsis", () => {
    expect(bioSnippet("a ".repeat(100), 10)).toBe("a a a a a…")
    expect(bioSnippet(null)).toBe("")
  })
})
