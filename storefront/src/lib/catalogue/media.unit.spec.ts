import { describe, expect, it } from "@jest/globals"
import { mediaSrc, mediaUpstream } from "./media"

const backend = "http://localhost:9000"

describe("mediaSrc", () => {
  it("serves files uploaded to the backend from the storefront's /media", () => {
    expect(mediaSrc("http://localhost:9000/static/1700-cover.svg", backend)).toBe("/media/1700-cover.svg")
    expect(mediaSrc("/static/covers/a.jpg", backend)).toBe("/media/covers/a.jpg")
  })

  it("accepts a local shop's upload made on another port", () => {
    expect(mediaSrc("http://localhost:9440/static/a.svg", backend)).toBe("/media/a.svg")
    expect(mediaSrc("http://127.0.0.1:9440/static/a.svg", backend)).toBe("/media/a.svg")
  })

  it("refuses other hosts (the CSP would block them) so the generated cover shows", () => {
    expect(mediaSrc("https://cdn.example.com/static/a.svg", backend)).toBeNull()
    expect(mediaSrc("https://api.wellred.example/static/a.svg", "https://backend.internal")).toBeNull()
    expect(mediaSrc("//cdn.example.com/a.svg", backend)).toBeNull()
    expect(mediaSrc("javascript:alert(1)", backend)).toBeNull()
  })

  it("keeps other same-origin paths and refuses tricks in file names", () => {
    expect(mediaSrc("/covers/a.jpg", backend)).toBe("/covers/a.jpg")
    expect(mediaSrc("http://localhost:9000/static/../admin", backend)).toBeNull()
    expect(mediaSrc("/static/a%2F..%2Fb.svg", backend)).toBeNull()
    expect(mediaSrc(null, backend)).toBeNull()
    expect(mediaSrc("  ", backend)).toBeNull()
  })
})

describe("mediaUpstream", () => {
  it("maps /media/<file> to the backend's /static/<file>", () => {
    expect(mediaUpstream("/media/1700-cover.svg", "http://localhost:9440")?.toString()).toBe(
      "http://localhost:9440/static/1700-cover.svg"
    )
  })

  it("reaches nothing else of the backend", () => {
    expect(mediaUpstream("/media/../admin/users", backend)).toBeNull()
    expect(mediaUpstream("/media/%2e%2e/admin", backend)).toBeNull()
    expect(mediaUpstream("/media/", backend)).toBeNull()
    expect(mediaUpstream("/media//etc", backend)).toBeNull()
    expect(mediaUpstream("/elsewhere/a.svg", backend)).toBeNull()
  })
})
