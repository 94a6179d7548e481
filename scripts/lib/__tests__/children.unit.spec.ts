import { isProblem } from "../children.ts"

describe("what the running servers print on the terminal", () => {
  it("shows Medusa's warnings and errors but not its request log", () => {
    expect(isProblem('{"level":"error","message":"Could not resolve module"}')).toBe(true)
    expect(isProblem('{"level":"warn","message":"slow"}')).toBe(true)
    expect(isProblem('{"level":"http","path":"/store/products","status":200}')).toBe(false)
    expect(isProblem('{"level":"info","message":"Server is ready on port: 9000"}')).toBe(false)
  })

  it("shows plain-text errors from Next.js", () => {
    expect(isProblem("Error: ECONNREFUSED 127.0.0.1:9000")).toBe(true)
    expect(isProblem("✓ Ready in 160ms")).toBe(false)
  })
})
