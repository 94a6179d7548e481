import { resolveUpload } from "../uploads"

describe("serving uploaded covers", () => {
  it("serves image files from the uploads folder, one folder deep", () => {
    expect(resolveUpload("/data/uploads", ["covers", "1700-reason.svg"])).toEqual({
      file: "/data/uploads/covers/1700-reason.svg",
      contentType: "image/svg+xml",
    })
    expect(resolveUpload("/data/uploads", ["photo.JPG"])?.contentType).toBe("image/jpeg")
  })

  it("refuses traversal, hidden files and anything that is not an image", () => {
    for (const bad of [["..", "secrets.json"], ["covers", "..", "x.svg"], [".env"], ["a%2F..%2Fb.svg"], ["notes.txt"], ["x.svg.exe"], []]) {
      expect(resolveUpload("/data/uploads", bad)).toBeUndefined()
    }
  })
})
