import { DEFAULT_ADMIN_EMAIL, readAdminCredentials, requirePassword } from "../admin-credentials"

describe("readAdminCredentials", () => {
  it("defaults the e-mail to the documented demo login", () => {
    expect(readAdminCredentials({})).toEqual({ email: DEFAULT_ADMIN_EMAIL, password: undefined })
    expect(DEFAULT_ADMIN_EMAIL).toBe("admin@bookshop.test")
  })

  it("takes ADMIN_EMAIL and ADMIN_PASSWORD, normalising the e-mail", () => {
    expect(readAdminCredentials({ ADMIN_EMAIL: " Staff@Example.org ", ADMIN_PASSWORD: "s3cret-pass" })).toEqual({
      email: "staff@example.org",
      password: "s3cret-pass",
    })
  })

  it("treats empty variables as unset", () => {
    expect(readAdminCredentials({ ADMIN_EMAIL: "", ADMIN_PASSWORD: "" })).toEqual({
      email: DEFAULT_ADMIN_EMAIL,
      password: undefined,
    })
  })
})

describe("requirePassword", () => {
  it("fails with a message naming the variable and the user", () => {
    expect(() => requirePassword({ email: "admin@bookshop.test", password: undefined })).toThrow(
      /ADMIN_PASSWORD is not set.*admin@bookshop\.test/
    )
  })

  it("returns the password when there is one", () => {
    expect(requirePassword({ email: "a@b.test", password: "pw" })).toBe("pw")
  })
})
